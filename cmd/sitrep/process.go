package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"

	"sitrep"
	"sitrep/nlp"
	"sitrep/reader"
)

// inputConfig holds the flags shared by commands that read articles.
type inputConfig struct {
	format  string
	dct     string
	workers int
	pipe    pipelineConfig
}

func (c *inputConfig) register(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "input", "auto", "input `format`: auto, txt, jsonl, html, rss, conllu")
	fs.StringVar(&c.dct, "dct", "", "publication `date` (YYYY-MM-DD) for inputs that carry none")
	fs.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "articles annotated in parallel")
	c.pipe.register(fs)
}

func (c *inputConfig) readerOptions(e *env) (reader.Options, error) {
	o := reader.Options{Format: c.format, Stdin: e.stdin}
	if o.Format == "auto" {
		o.Format = ""
	}
	switch o.Format {
	case "", "txt", "jsonl", "html", "rss", "conllu":
	default:
		return o, usageError{fmt.Sprintf("--input %q: use auto, txt, jsonl, html, rss or conllu", c.format)}
	}
	if c.dct != "" {
		t, err := time.Parse("2006-01-02", c.dct)
		if err != nil {
			return o, usageError{fmt.Sprintf("--dct %q: want YYYY-MM-DD", c.dct)}
		}
		o.DCT = t
	}
	return o, nil
}

// result is one input after the pipeline: an annotated document or the
// reason there is none.
type result struct {
	doc     *sitrep.Document
	err     error
	skipped bool
}

// annotateInputs reads every input, runs the pipeline over the articles in
// parallel, and hands results to out in input order. Reading stops only
// for fatal errors; a bad article is a result with an error.
// skip, when not nil, is asked before annotating each article; an
// article it skips is a result with skipped set.
func annotateInputs(ctx context.Context, e *env, paths []string, c *inputConfig, p *nlp.Pipeline,
	skip func(*sitrep.Document) (bool, error), out func(result) error) error {
	opt, err := c.readerOptions(e)
	if err != nil {
		return err
	}
	read := func(ctx context.Context, emit func(reader.Item) error) error {
		return reader.Read(ctx, paths, opt, emit)
	}
	return annotateItems(ctx, c.workers, read, p, skip, out)
}

// annotateItems is annotateInputs over any source of reader items.
func annotateItems(ctx context.Context, workers int, read func(context.Context, func(reader.Item) error) error, p *nlp.Pipeline,
	skip func(*sitrep.Document) (bool, error), out func(result) error) error {
	items := make(chan reader.Item, 2*workers)
	readErr := make(chan error, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(items)
		readErr <- read(ctx, func(it reader.Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	next := func() (reader.Item, bool) {
		it, ok := <-items
		return it, ok
	}
	work := func(it reader.Item) result {
		if it.Err != nil {
			return result{err: it.Err}
		}
		if skip != nil {
			if s, err := skip(it.Doc); err != nil {
				return result{err: err}
			} else if s {
				return result{doc: it.Doc, skipped: true}
			}
		}
		if err := p.Process(it.Doc); err != nil {
			return result{err: fmt.Errorf("%s: %w", it.Doc.ID, err)}
		}
		return result{doc: it.Doc}
	}
	if err := nlp.Pipe(ctx, workers, next, work, out); err != nil {
		return err
	}
	return <-readErr
}
