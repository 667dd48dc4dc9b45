package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/lemma"
	"sitrep/nlp"
	"sitrep/parse"
	"sitrep/pos"
)

// cmdEvalCoNLLU scores the embedded tagger, lemmatizer and parser on a gold
// CoNLL-U file with gold tokenization, or scores a given prediction file.
func cmdEvalCoNLLU(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval conllu", "GOLD.conllu")
	predPath := fs.String("pred", "", "score this CoNLL-U prediction file instead of running the pipeline")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"give one gold CoNLL-U file"}
	}
	gold, err := readEvalCoNLLU(fs.Arg(0))
	if err != nil {
		return err
	}
	if *predPath != "" {
		pred, err := readEvalCoNLLU(*predPath)
		if err != nil {
			return err
		}
		c, err := eval.CompareCoNLLU(gold, pred)
		if err != nil {
			return sitrep.Errorf(sitrep.EInvalid, "%s against %s: %v", *predPath, fs.Arg(0), err)
		}
		c.Report(e.stdout, eval.Metrics{Tags: true, Lemmas: true, Deps: true})
		return nil
	}

	comps, metrics, err := conlluPipeline(e)
	if err != nil {
		return err
	}
	p, err := nlp.New(sitrep.LayerSentences|sitrep.LayerTokens, comps...)
	if err != nil {
		return err
	}
	if metrics.Deps {
		if err := eval.CheckGoldDeps(gold); err != nil {
			return sitrep.Errorf(sitrep.EInvalid, "%s: %v", fs.Arg(0), err)
		}
	}
	docs := corpus.Documents(gold, "\n", false)
	start := time.Now()
	words := 0
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := p.Process(d); err != nil {
			return err
		}
		words += len(d.Tokens)
	}
	took := time.Since(start)
	c, err := eval.CompareDocuments(corpus.Documents(gold, "\n", true), docs)
	if err != nil {
		return err
	}
	c.Report(e.stdout, metrics)
	fmt.Fprintf(e.stderr, "annotated %d words in %s (%.0f words/s, one goroutine)\n", words, took.Round(time.Millisecond), float64(words)/took.Seconds())
	return nil
}

// conlluPipeline loads the embedded components that work on gold tokens,
// skipping (with a note) those whose model is not built in.
func conlluPipeline(e *env) ([]nlp.Component, eval.Metrics, error) {
	var comps []nlp.Component
	var m eval.Metrics
	tg, err := pos.Load()
	if err != nil {
		return nil, m, err
	}
	comps, m.Tags = append(comps, tg), true
	if lm, err := lemma.Load(); err == nil {
		comps, m.Lemmas = append(comps, lm), true
	} else {
		fmt.Fprintf(e.stderr, "no lemmatizer: %v\n", err)
	}
	if ps, err := parse.Load(); err == nil {
		comps, m.Deps = append(comps, ps), true
	} else {
		fmt.Fprintf(e.stderr, "no parser: %v\n", err)
	}
	return comps, m, nil
}

func readEvalCoNLLU(path string) ([]corpus.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := corpus.ReadCoNLLU(f)
	if err != nil {
		return nil, sitrep.Errorf(sitrep.EInvalid, "%s: %v", path, err)
	}
	return s, nil
}
