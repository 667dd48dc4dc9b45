package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"sitrep"
	"sitrep/reader"
	"sitrep/samples"
)

// cmdDemo runs the whole job on the sample articles written for the
// project: annotate, store in a scratch database, and query it.
func cmdDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "")
	keep := fs.String("store", "", "keep the demo store at this `path` (default: a temporary file)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	p, err := buildPipeline(pipelineConfig{})
	if err != nil {
		return err
	}
	path := *keep
	if path == "" {
		dir, err := os.MkdirTemp("", "sitrep-demo")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	fmt.Fprintf(w, "sitrep demo: %d sample articles written for the project, through %s\n\n", bytes.Count(samples.JSONL, []byte("\n")), componentNames(p))
	var docs []*sitrep.Document
	err = reader.ReadFile(ctx, "samples/articles.jsonl", bytes.NewReader(samples.JSONL), reader.Options{Format: "jsonl"}, func(it reader.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if err := p.Process(it.Doc); err != nil {
			return err
		}
		docs = append(docs, it.Doc)
		return writePretty(w, it.Doc)
	})
	if err != nil {
		return err
	}
	if _, err := st.PutDocuments(ctx, docs); err != nil {
		return err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "══ stored %d articles, %d events, %d quotes in %s\n\n", stats.Articles, stats.Events, stats.Quotes, path)
	fmt.Fprintln(w, "── sitrep calendar --from 2024-01-01 (planned events)")
	evs, err := st.Events(ctx, sitrep.EventFilter{Status: sitrep.StatusPlanned, Limit: 20})
	if err != nil {
		return err
	}
	if err := writeTable(w, "table", eventTable(evs)); err != nil {
		return err
	}
	fmt.Fprintln(w, "\n── sitrep events --actor CHN")
	evs, err = st.Events(ctx, sitrep.EventFilter{Actor: "CHN", Limit: 20})
	if err != nil {
		return err
	}
	if err := writeTable(w, "table", eventTable(evs)); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nTry: sitrep annotate --format pretty FILE, sitrep ingest FILE, sitrep serve; see README.md.")
	return nil
}
