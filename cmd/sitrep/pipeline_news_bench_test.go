package main

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/shareddata"
)

// BenchmarkPipelineNews runs the whole annotate pipeline on one core over
// real news: the 84 PolNeAR dev articles (US political copy of 2016, about
// 950 tokens each), which the repository may not ship, so the benchmark
// skips without ../shared. The samples of BenchmarkPipeline are five short
// stories; issue 3 asks for the speed on news text, and longer articles
// spread each model's cold start over more tokens. "batch" feeds the
// articles in batches of batchDocs as annotate does; "all" one by one.
//
//	go test -run XXX -bench PipelineNews -cpu 1 ./cmd/sitrep
func BenchmarkPipelineNews(b *testing.B) {
	dir := shareddata.Need(b, "data/polnear/dev/text")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skipf("no PolNeAR texts in %s", dir)
	}
	sort.Strings(names)
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		b.Fatal(err)
	}
	// A fixed day: the publication date changes what is resolved, not the
	// work done.
	pub := time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC)
	var docs []sitrep.Document
	tokens := 0
	for _, n := range names {
		text, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		d := sitrep.Document{ID: filepath.Base(n), Text: string(text), Published: pub}
		docs = append(docs, d)
		if err := p.Process(&d); err != nil {
			b.Fatal(err)
		}
		tokens += len(d.Tokens)
	}
	benchWhole(b, p, docs, tokens, batchDocs)
}
