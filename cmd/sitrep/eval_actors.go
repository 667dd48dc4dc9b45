package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"sitrep"
	"sitrep/actors"
	"sitrep/ner"
	"sitrep/nlp"
	"sitrep/tokenize"
)

// lightPipeline is the tokenizer, the NER if withNER, and the actor coder.
func lightPipeline(cfg pipelineConfig, withNER bool) (*nlp.Pipeline, error) {
	var extra []io.Reader
	for _, path := range cfg.actorFiles {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		defer f.Close()
		extra = append(extra, f)
	}
	kb, err := actors.Load(extra...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	if !withNER {
		return nlp.New(sitrep.LayerEntities, tokenize.New(), actors.NewCoder(kb))
	}
	rec, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return nlp.New(0, tokenize.New(), rec, actors.NewCoder(kb))
}

// cmdEvalActors scores the actor coder on evaluation files in the format
// of actors/testdata/eval.tsv, running the whole pipeline over each
// sentence. With -gold-entities the coder is run again over the file's
// entities, to measure it apart from the NER.
func cmdEvalActors(ctx context.Context, e *env, args []string) error {
	fl := newFlags(e, "eval actors", "FILE.tsv [...]")
	var cfg pipelineConfig
	cfg.register(fl)
	goldEnts := fl.Bool("gold-entities", false, "code over the file's named entities instead of the NER's")
	showErrs := fl.Int("errors", 0, "print up to `N` misses and extra mentions")
	light := fl.Bool("light", false, "run only the tokenizer and the NER before the coder (no tagger or parser)")
	tokensOnly := fl.Bool("tokens-only", false, "run only the tokenizer before the coder: no entities, or the file's with -gold-entities")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return usageError{"give at least one evaluation file (e.g. actors/testdata/eval.tsv)"}
	}
	var p *nlp.Pipeline
	var err error
	switch {
	case *tokensOnly:
		p, err = lightPipeline(cfg, false)
	case *light:
		p, err = lightPipeline(cfg, true)
	default:
		p, err = buildPipeline(cfg)
	}
	if err != nil {
		return err
	}
	var coder *actors.Coder
	var kb *actors.KB
	for _, c := range p.Components() {
		if ac, ok := c.(*actors.Coder); ok {
			coder = ac
		}
	}
	if kb, err = actors.Load(); err != nil {
		return err
	}
	if coder == nil {
		return fmt.Errorf("the pipeline has no actor coder")
	}
	var score actors.Score
	shown, sentences := 0, 0
	for _, path := range fl.Args() {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		rows, err := actors.ReadEval(f, path)
		f.Close()
		if err != nil {
			return err
		}
		for i, r := range rows {
			if err := ctx.Err(); err != nil {
				return err
			}
			doc := &sitrep.Document{ID: fmt.Sprintf("%s:%d", path, r.Line), Text: r.Text, Published: r.Published}
			if err := p.Process(doc); err != nil {
				return fmt.Errorf("%s:%d: %w", path, r.Line, err)
			}
			if *goldEnts {
				doc.Entities = rows[i].Entities
				if err := coder.Process(doc); err != nil {
					return fmt.Errorf("%s:%d: %w", path, r.Line, err)
				}
			}
			for _, m := range score.Add(kb, r, doc.Actors) {
				if shown < *showErrs {
					shown++
					if m.Want == "" {
						fmt.Fprintf(e.stdout, "%s:%d: extra %q=%s\n", path, m.Line, m.Text, m.Got)
					} else {
						fmt.Fprintf(e.stdout, "%s:%d: %q coded %q, want %q\n", path, m.Line, m.Text, m.Got, m.Want)
					}
				}
			}
			sentences++
		}
	}
	fmt.Fprintf(e.stdout, "sentences %d, gold actors %d, mentions %d\n", sentences, score.Gold, score.Mentions)
	fmt.Fprintf(e.stdout, "country accuracy %.3f  code accuracy %.3f  precision %.3f\n",
		score.CountryAccuracy(), score.CodeAccuracy(), score.Precision())
	return nil
}
