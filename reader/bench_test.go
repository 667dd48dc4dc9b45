package reader

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseHTML extracts a real news page (the BBC page shipped with
// go-readability) when the module cache holds it, else the small test page.
func BenchmarkParseHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/in/h-page.html")
	if err != nil {
		b.Fatal(err)
	}
	if out, err := goListDir(); err == nil {
		if p, err := os.ReadFile(filepath.Join(out, "test-pages", "bbc-1", "source.html")); err == nil {
			page = p
		}
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ParseHTML(bytes.NewReader(page), "https://www.bbc.co.uk/news/"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONL(b *testing.B) {
	var in strings.Builder
	for range 1000 {
		in.WriteString(`{"id":"x","url":"https://example.org/a","published":"2024-03-12T09:30:00Z","text":"` +
			strings.Repeat("Officials met in the capital on Tuesday to discuss the ceasefire. ", 40) + "\"}\n")
	}
	data := []byte(in.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		err := ReadFile(context.Background(), "b.jsonl", bytes.NewReader(data), Options{}, func(it Item) error {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
