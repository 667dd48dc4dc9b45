// Package nlp runs annotation components over documents in a checked order.
package nlp

import (
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
func (p *Pipeline) Process(doc *sitrep.Document) (err error) {
	defer func() {
		// A panic in a component is a bug, but it must not take down a
		// batch: it becomes this document's error.
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error while annotating %q: %v", doc.ID, r)
		}
	}()
	for _, c := range p.comps {
		if doc.Layers.Has(c.Fills()) {
			continue
		}
		if err := c.Process(doc); err != nil {
			return fmt.Errorf("%s: %w", c.Name(), err)
		}
		doc.Layers |= c.Fills()
	}
	return nil
}
