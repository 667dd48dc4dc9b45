package parse

import (
	"testing"

	"sitrep"
)

// BenchmarkParseNews parses the news prose of testdata with the embedded
// model on one goroutine and reports words per second.
func BenchmarkParseNews(b *testing.B) {
	p := embedded(b)
	docs := newsDocs(b)
	words := 0
	for _, d := range docs {
		words += len(d.Tokens)
	}
	work := make([]*sitrep.Document, len(docs))
	for i, d := range docs {
		c := *d
		c.Tokens = append([]sitrep.Token(nil), d.Tokens...)
		work[i] = &c
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range work {
			if err := p.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
