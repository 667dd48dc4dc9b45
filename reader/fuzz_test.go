package reader

import (
	"bytes"
	"context"
	"os"
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as one file in the given format and holds every item
// to the package's promises: an error is a *Error, a document has an ID and
// valid, non-blank UTF-8 text with its spans inside it.
func fuzzRead(t *testing.T, name, format string, data []byte) []Item {
	var items []Item
	err := ReadFile(context.Background(), name, bytes.NewReader(data), Options{Format: format}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFile returned %v; only emit and ctx errors may stop it", err)
	}
	for _, it := range items {
		if (it.Doc == nil) == (it.Err == nil) {
			t.Fatalf("item with doc %v and error %v", it.Doc, it.Err)
		}
		if it.Err != nil {
			if _, ok := it.Err.(*Error); !ok {
				t.Fatalf("error %T is not a *reader.Error", it.Err)
			}
			continue
		}
		d := it.Doc
		if d.ID == "" || blank(d.Text) || !utf8.ValidString(d.Text) {
			t.Fatalf("bad document: id %q text %q", d.ID, d.Text)
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
				t.Fatalf("sentence span [%d,%d) outside %d bytes", s.Start, s.End, len(d.Text))
			}
		}
		for _, k := range d.Tokens {
			if k.Start < 0 || k.End < k.Start || k.End > len(d.Text) {
				t.Fatalf("token span [%d,%d) outside %d bytes", k.Start, k.End, len(d.Text))
			}
		}
	}
	return items
}

func addFile(f *testing.F, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
}

func FuzzJSONL(f *testing.F) {
	addFile(f, "testdata/in/g-articles.jsonl")
	f.Add([]byte(`{"text":"a\u0000b\ud800","published":1e300}`))
	f.Add([]byte("[{\"text\":\"a\"},\n {\"id\":1}]"))
	f.Add([]byte("{\"html\":\"<p>x</p>\"}\n\n{\"id\":[],\"text\":\"y\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := fuzzRead(t, "f.jsonl", "jsonl", data)
		for _, it := range items {
			var e *Error
			if it.Err != nil {
				e = it.Err.(*Error)
				if e.Line < 1 && e.Msg != "empty JSON array" {
					t.Fatalf("JSONL error without a line: %v", e)
				}
			}
		}
	})
}

func FuzzText(f *testing.F) {
	addFile(f, "testdata/in/a-headers.txt")
	f.Add([]byte("Date: 2024-01-01\r\nTitle:\n\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, it := range fuzzRead(t, "f.txt", "txt", data) {
			if it.Doc != nil && !bytes.HasSuffix(data, []byte(it.Doc.Text)) {
				t.Fatalf("text %q is not the tail of the file", it.Doc.Text)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	addFile(f, "testdata/in/h-page.html")
	addFile(f, "testdata/in/i-latin1.html")
	f.Add([]byte(`<script type="application/ld+json"><![CDATA[{"@type":"Article","datePublished":"x"}]]></script><p>a<br>b`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "f.html", "html", data)
		doc, err := ParseHTML(bytes.NewReader(data), "https://example.org/a/")
		if err == nil && (!utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) || blank(doc.Text)) {
			t.Fatalf("bad text %q or title %q", doc.Text, doc.Title)
		}
	})
}

func FuzzFeed(f *testing.F) {
	addFile(f, "testdata/in/j-feed.rss")
	addFile(f, "testdata/in/k-feed.atom")
	addFile(f, "testdata/feeds/feed.json")
	addFile(f, "testdata/feeds/rdf.xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "f.rss", "rss", data)
		items, err := ParseFeed(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, it := range items {
			if !utf8.ValidString(it.Text) || !utf8.ValidString(it.Title) {
				t.Fatalf("invalid UTF-8 in %+v", it)
			}
		}
	})
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"<?xml?><rss>", "{", "<!--", "\xEF\xBB\xBF <html>", "1\tword"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "-", "", data)
	})
}

func FuzzCoNLLU(f *testing.F) {
	addFile(f, "testdata/in/m-sample.conllu")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "f.conllu", "conllu", data)
	})
}
