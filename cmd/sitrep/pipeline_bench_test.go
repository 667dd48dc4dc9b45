package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"

	"sitrep"
	"sitrep/nlp"
	"sitrep/samples"
)

func sampleDocs(b *testing.B) []sitrep.Document {
	var docs []sitrep.Document
	sc := bufio.NewScanner(bytes.NewReader(samples.JSONL))
	for sc.Scan() {
		var a struct {
			ID, Text, Published string
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		pub, _ := time.Parse("2006-01-02", a.Published)
		docs = append(docs, sitrep.Document{ID: a.ID, Text: a.Text, Published: pub})
	}
	return docs
}

// benchWhole runs the whole pipeline p over docs (of tokens tokens in
// all) as two sub-benchmarks, reporting tokens per second: "all" document
// by document through Process, and "batch" through ProcessBatch, stage by
// stage, in batches of batch documents, as annotate and ingest run them.
// BenchmarkPipeline and BenchmarkPipelineNews share it.
func benchWhole(b *testing.B, p *nlp.Pipeline, docs []sitrep.Document, tokens, batch int) {
	b.Run("all", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for j := range docs {
				d := docs[j]
				if err := p.Process(&d); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("batch", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for k := 0; k < len(docs); k += batch {
				end := min(k+batch, len(docs))
				work := make([]sitrep.Document, end-k)
				ptrs := make([]*sitrep.Document, end-k)
				for j := range work {
					work[j] = docs[k+j]
					ptrs[j] = &work[j]
				}
				for _, err := range p.ProcessBatch(context.Background(), ptrs) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
}

// BenchmarkPipeline runs the whole annotate pipeline on one core over the
// sample news articles, document by document ("all") and stage by stage
// over all of them ("batch", as annotate and ingest run it), and each stage
// alone (with the stages before it done outside the timer), reporting
// tokens per second:
//
//	go test -run XXX -bench Pipeline -cpu 1 ./cmd/sitrep
func BenchmarkPipeline(b *testing.B) {
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		b.Fatal(err)
	}
	docs := sampleDocs(b)
	tokens := 0
	for i := range docs {
		d := docs[i]
		if err := p.Process(&d); err != nil {
			b.Fatal(err)
		}
		tokens += len(d.Tokens)
	}
	// All five in one batch.
	benchWhole(b, p, docs, tokens, len(docs))
	comps := p.Components()
	for k, c := range comps {
		before, _ := nlp.New(0, comps[:k]...)
		prepared := make([]sitrep.Document, len(docs))
		for j := range docs {
			prepared[j] = docs[j]
			if err := before.Process(&prepared[j]); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(c.Name(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				work := make([]sitrep.Document, len(prepared))
				for j := range prepared {
					work[j] = prepared[j]
					// Fresh slices for the layer the stage fills.
					work[j].Tokens = append([]sitrep.Token(nil), prepared[j].Tokens...)
				}
				b.StartTimer()
				for j := range work {
					if err := c.Process(&work[j]); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}
