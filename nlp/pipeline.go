// Package nlp runs annotation components over documents in a checked order.
package nlp

import (
	"context"
	"fmt"

	"sitrep"
)

// Component fills some annotation layers of a document from others. A
// component must be safe for concurrent use by several goroutines: models
// are loaded once and shared read-only.
type Component interface {
	Name() string
	Needs() sitrep.Layer
	Fills() sitrep.Layer
	Process(doc *sitrep.Document) error
}

// Pipeline is an ordered list of components.
type Pipeline struct {
	comps []Component
	given sitrep.Layer
}

// New checks that each component's needs are filled by the layers given on
// input or by an earlier component, and returns the pipeline.
func New(given sitrep.Layer, comps ...Component) (*Pipeline, error) {
	have := given
	for _, c := range comps {
		if missing := c.Needs() &^ have; missing != 0 {
			return nil, fmt.Errorf("pipeline: %s needs %s, which nothing before it fills", c.Name(), missing)
		}
		have |= c.Fills()
	}
	return &Pipeline{comps: comps, given: given}, nil
}

// Components returns the pipeline's components in order.
func (p *Pipeline) Components() []Component { return p.comps }

// Fills returns every layer a processed document will have.
func (p *Pipeline) Fills() sitrep.Layer {
	l := p.given
	for _, c := range p.comps {
		l |= c.Fills()
	}
	return l
}

// Process runs every component over doc. A component whose layers the
// document already has (gold tokens from CoNLL-U, say) is skipped.
func (p *Pipeline) Process(doc *sitrep.Document) error {
	for _, c := range p.comps {
		if err := run(c, doc); err != nil {
			return err
		}
	}
	return nil
}

// ProcessBatch runs the pipeline over several documents stage by stage:
// every document through the first component, then through the next. Each
// model's tables then stay in cache across documents instead of being
// evicted by the other stages' after every article, which makes a batch
// about 10–20% cheaper per token than the same documents one by one (see
// docs/benchmarks.md). The result is the same as Process on each document;
// errs[i] is document i's error, and a document that fails skips the
// stages after the failing one. Once ctx is done no further stage starts:
// the documents not finished get ctx's error, so an interrupt waits for
// one component over one document at most, not for the whole batch.
func (p *Pipeline) ProcessBatch(ctx context.Context, docs []*sitrep.Document) (errs []error) {
	errs = make([]error, len(docs))
	for _, c := range p.comps {
		for i, d := range docs {
			if errs[i] != nil {
				continue
			}
			if err := ctx.Err(); err != nil {
				errs[i] = err
				continue
			}
			errs[i] = run(c, d)
		}
	}
	return errs
}

// run runs one component over doc unless doc has its layers already.
func run(c Component, doc *sitrep.Document) (err error) {
	if doc.Layers.Has(c.Fills()) {
		return nil
	}
	defer func() {
		// A panic in a component is a bug, but it must not take down a
		// batch: it becomes this document's error.
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error while annotating %q: %s: %v", doc.ID, c.Name(), r)
		}
	}()
	if err := c.Process(doc); err != nil {
		return fmt.Errorf("%s: %w", c.Name(), err)
	}
	doc.Layers |= c.Fills()
	return nil
}
