package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"sitrep/actors"
	"sitrep/coder"
	"sitrep/lemma"
	"sitrep/ner"
	"sitrep/nlp"
	"sitrep/parse"
	"sitrep/pos"
	"sitrep/quote"
	"sitrep/timex"
	"sitrep/tokenize"
)

// pipelineConfig is what the user may change about the pipeline.
type pipelineConfig struct {
	actorFiles []string // extra actor knowledge-base files (--actors)
	triggers   string   // learned trigger model file for the event coder (--triggers)
	// trace, when set, is told by the event coder why looked-up words
	// gave no event (coder.Trace; eval events --why).
	trace func(tok int, reason string)
}

// addPipelineFlags registers the flags that shape the pipeline.
func (c *pipelineConfig) register(fs interface {
	Func(name, usage string, fn func(string) error)
}) {
	fs.Func("actors", "extra actor knowledge-base `TSV` file, same columns as actors/data (repeatable)", func(s string) error {
		c.actorFiles = append(c.actorFiles, s)
		return nil
	})
	fs.Func("triggers", "learned trigger model `FILE` (sitrep train triggers) the event coder asks where its rules code nothing; none by default", func(s string) error {
		c.triggers = s
		return nil
	})
}

// buildPipeline loads every model once and returns the full pipeline, in
// the order the components' needs impose: tokens, tags, lemmas, parse,
// entities, time, actors, quotes, events.
func buildPipeline(c pipelineConfig) (*nlp.Pipeline, error) {
	tagger, err := pos.Load()
	if err != nil {
		return nil, err
	}
	lem, err := lemma.Load()
	if err != nil {
		return nil, err
	}
	parser, err := parse.Load()
	if err != nil {
		return nil, err
	}
	rec, err := ner.Load()
	if err != nil {
		return nil, err
	}
	var extra []io.Reader
	for _, p := range c.actorFiles {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		defer f.Close()
		extra = append(extra, namedReader{f, p})
	}
	kb, err := actors.Load(extra...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	events, err := coder.New()
	if err != nil {
		return nil, err
	}
	if c.triggers != "" {
		f, err := os.Open(c.triggers)
		if err != nil {
			return nil, fmt.Errorf("--triggers: %w", err)
		}
		m, err := coder.ReadTriggerModel(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("--triggers: %s: %w", c.triggers, err)
		}
		events.WithModel(m)
	}
	if c.trace != nil {
		events.Trace(c.trace)
	}
	return nlp.New(0,
		tokenize.New(), tagger, lem, parse.WithDatelines(parser), rec, timex.New(),
		actors.NewCoder(kb), quote.New(), events.WithKB(kb),
	)
}

// newsParser wraps the parser for news copy: a wire dateline and a
// sentence-final attribution are parsed apart from the clause they frame.
// (eval parser --news; the pipeline uses the dateline wrapper alone until
// the attribution wrapper is shown not to cost events, docs/parser.md.)
func newsParser(p nlp.Component) nlp.Component {
	return parse.WithAttributions(parse.WithDatelines(p))
}

// namedReader lets error messages name the file a reader came from.
type namedReader struct {
	io.Reader
	name string
}

func (n namedReader) Name() string { return n.name }

func componentNames(p *nlp.Pipeline) string {
	var names []string
	for _, c := range p.Components() {
		names = append(names, c.Name())
	}
	return strings.Join(names, " → ")
}
