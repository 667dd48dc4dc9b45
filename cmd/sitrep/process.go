package main

import (
	"context"
	"errors"
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
	fs.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "articles annotated in parallel (0: one per CPU)")
	c.pipe.register(fs)
}

// readerOptions checks the flags and returns the reader's options. It
// also settles -j: 0 means one worker per CPU, below 0 is a mistake.
func (c *inputConfig) readerOptions(e *env) (reader.Options, error) {
	o := reader.Options{Format: c.format, Stdin: e.stdin}
	if c.workers < 0 {
		return o, usageError{fmt.Sprintf("-j %d: want the number of articles annotated in parallel, or 0 for one per CPU", c.workers)}
	}
	if c.workers == 0 {
		c.workers = runtime.GOMAXPROCS(0)
	}
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
// annotateError is an article's failure in the pipeline (a component's
// error or a recovered panic): the same text fails the same way again, so
// it is not worth a retry.
type annotateError struct{ error }

func (e annotateError) Unwrap() error { return e.error }

type result struct {
	doc     *sitrep.Document
	err     error
	skipped bool
	pos     string // reader.Item.Pos: where doc was read, for later messages
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

// batchDocs is how many articles a worker takes at once when they are
// waiting: the pipeline runs over a batch stage by stage, which keeps each
// model's tables in cache (nlp.Pipeline.ProcessBatch). Eight gets most of
// that gain while the last batches of a small input still spread over the
// workers.
const batchDocs = 8

// annotateItems is annotateInputs over any source of reader items.
func annotateItems(ctx context.Context, workers int, read func(context.Context, func(reader.Item) error) error, p *nlp.Pipeline,
	skip func(*sitrep.Document) (bool, error), out func(result) error) error {
	items := make(chan reader.Item, batchDocs*workers)
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
	// A batch is the next item and those already waiting behind it: a
	// slow source (a feed being watched) is not held up to fill one.
	next := func() ([]reader.Item, bool) {
		it, ok := <-items
		if !ok {
			return nil, false
		}
		batch := []reader.Item{it}
		for len(batch) < batchDocs {
			select {
			case it, ok := <-items:
				if !ok {
					return batch, true
				}
				batch = append(batch, it)
			default:
				return batch, true
			}
		}
		return batch, true
	}
	work := func(batch []reader.Item) []result {
		res := make([]result, len(batch))
		var docs []*sitrep.Document
		var at []int
		for i, it := range batch {
			if it.Err != nil {
				res[i] = result{err: it.Err}
				continue
			}
			if skip != nil {
				if s, err := skip(it.Doc); err != nil {
					if it.Pos != "" {
						err = fmt.Errorf("%s: %w", it.Pos, err)
					}
					res[i] = result{err: err}
					continue
				} else if s {
					res[i] = result{doc: it.Doc, skipped: true}
					continue
				}
			}
			docs, at = append(docs, it.Doc), append(at, i)
		}
		for k, err := range p.ProcessBatch(ctx, docs) {
			if err != nil {
				err = fmt.Errorf("%s: %w", docs[k].ID, err)
				if pos := batch[at[k]].Pos; pos != "" {
					err = fmt.Errorf("%s: %w", pos, err)
				}
				res[at[k]] = result{err: annotateError{err}}
			} else {
				res[at[k]] = result{doc: docs[k]}
			}
		}
		for i, it := range batch {
			res[i].pos = it.Pos
		}
		return res
	}
	emit := func(rs []result) error {
		for _, r := range rs {
			if r.err != nil && ctx.Err() != nil && errors.Is(r.err, ctx.Err()) {
				// Interrupted, not failed: the run ends here and the
				// article is neither reported nor stored.
				return ctx.Err()
			}
			if err := out(r); err != nil {
				return err
			}
		}
		return nil
	}
	if err := nlp.Pipe(ctx, workers, next, work, emit); err != nil {
		return err
	}
	return <-readErr
}
