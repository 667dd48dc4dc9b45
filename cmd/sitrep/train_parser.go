package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/nlp"
	"sitrep/parse"
	"sitrep/pos"
)

// cmdTrainParser trains the dependency parser and scores it on the dev
// files.
func cmdTrainParser(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train parser", "")
	train := fs.String("train", "", "comma-separated CoNLL-U training files")
	dev := fs.String("dev", "", "comma-separated CoNLL-U dev files, scored after training")
	iters := fs.Int("iters", 15, "training iterations")
	runs := fs.Int("runs", 1, "train this many models with seeds seed, seed+1, … and keep the mean of their weights")
	seed := fs.Uint64("seed", 1, "seed of the sentence shuffle and the exploration")
	explore := fs.Float64("explore", 0.9, "probability of following the model's wrong moves after iteration 1")
	prune := fs.Float64("prune", 0.01, "drop feature rows whose averaged weights are all smaller than this")
	beam := fs.Int("beam", 1, "beam width (1: greedy, trained with the dynamic oracle)")
	every := fs.Bool("dev-every", false, "score the first dev file after every iteration")
	tags := fs.String("tags", "gold", "tags to train on: gold, or jackknife (predicted by taggers trained on the other folds)")
	folds := fs.Int("folds", 4, "folds for --tags jackknife")
	foldBy := fs.String("fold-by", "sentence", "how --tags jackknife cuts folds: block (contiguous runs of sentences, so that a document's other sentences do not help tag it) or sentence (sentence i in fold i mod k)")
	wcFrom := fs.String("word-classes", "embedded", "with --tags jackknife, the tagger model whose word classes the fold taggers use: embedded, a model file, or none")
	parserClasses := fs.Int("parser-classes", 0, "give the parser word-class features from clustering K (1-based) of the --word-classes tagger; 0: none")
	taggedOut := fs.String("tagged-out", "", "with --tags jackknife, also write the retagged training data to this CoNLL-U file, for later runs")
	out := fs.String("out", "models/data/"+parse.ModelFile, "parser model file to write")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *train == "" {
		return usageError{"--train is required"}
	}
	var sents []corpus.Sentence
	for _, p := range strings.Split(*train, ",") {
		s, err := readCoNLLUFile(p)
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	var wcs []map[string]uint16
	if *tags == "jackknife" || *parserClasses > 0 {
		var err error
		if wcs, err = jackknifeWordClasses(*wcFrom); err != nil {
			return err
		}
	}
	var pwc map[string]uint16
	if k := *parserClasses; k > 0 {
		if k > len(wcs) {
			return usageError{fmt.Sprintf("--parser-classes %d: the --word-classes tagger has %d clusterings", k, len(wcs))}
		}
		pwc = wcs[k-1]
	}
	switch *tags {
	case "gold":
	case "jackknife":
		start := time.Now()
		if *foldBy != "block" && *foldBy != "sentence" {
			return usageError{fmt.Sprintf("--fold-by must be block or sentence, not %q", *foldBy)}
		}
		if err := jackknifeTags(sents, *folds, *foldBy == "block", *seed, wcs, e); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "jackknifed tags over %d folds in %s\n", *folds, time.Since(start).Round(time.Second))
	default:
		return usageError{fmt.Sprintf("--tags must be gold or jackknife, not %q", *tags)}
	}
	docs := corpus.Documents(sents, " ", true)
	if *taggedOut != "" {
		if err := writeCoNLLUFile(*taggedOut, docs); err != nil {
			return err
		}
	}
	var devDocs [][]*sitrep.Document
	var devNames []string
	if *dev != "" {
		for _, p := range strings.Split(*dev, ",") {
			s, err := readCoNLLUFile(p)
			if err != nil {
				return err
			}
			// A gold "_" head reads as the root: it would score as right.
			if err := eval.CheckGoldDeps(s); err != nil {
				return sitrep.Errorf(sitrep.EInvalid, "%s: %v", p, err)
			}
			devDocs = append(devDocs, corpus.Documents(s, " ", true))
			devNames = append(devNames, p)
		}
	}
	opt := parse.TrainOptions{Iters: *iters, Seed: *seed, Explore: *explore, Prune: float32(*prune), Beam: *beam, WordClasses: pwc, Runs: *runs, Log: e.stderr}
	if *every && len(devDocs) > 0 {
		opt.Dev = devDocs[0]
	}
	start := time.Now()
	p, err := parse.Train(docs, opt)
	if err != nil {
		return err
	}
	fm, fl := p.Features()
	fmt.Fprintf(e.stderr, "trained parser on %d sentences in %s (%d move, %d label features)\n",
		len(sents), time.Since(start).Round(time.Second), fm, fl)
	if err := writeParserModel(*out, p); err != nil {
		return err
	}
	for i, ds := range devDocs {
		fmt.Fprintf(e.stdout, "%s (tags as in the file): %s\n", devNames[i], parse.Evaluate(p, ds))
	}
	return nil
}

func readCoNLLUFile(path string) ([]corpus.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := corpus.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// writeParserModel writes through a temporary file so that a failed run
// leaves the old model in place, and reads the file back before it
// replaces the old one: a model that writes but does not load would
// otherwise take the place of the embedded one.
func writeParserModel(path string, p *parse.Parser) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := p.Write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if _, err := readParserModel(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("the model written does not read back: %w", err)
	}
	return os.Rename(tmp, path)
}

// jackknifeTags replaces the gold tags of sents by those of taggers each
// trained on the other folds, so that the parser learns from tags as
// wrong as it will meet at run time. With blocks, fold f is the f-th
// contiguous k-th of the sentences, so a document is tagged by a tagger
// that has not seen its other sentences (names, topic), as at run time;
// otherwise sentence i goes to fold i mod k.
func jackknifeTags(sents []corpus.Sentence, k int, blocks bool, seed uint64, wcs []map[string]uint16, e *env) error {
	if k < 2 {
		return usageError{"--folds must be at least 2"}
	}
	gold := append([]corpus.Sentence(nil), sents...)
	foldOf := func(i int) int {
		if blocks {
			return i * k / len(gold)
		}
		return i % k
	}
	for f := 0; f < k; f++ {
		var rest []corpus.Sentence
		for i := range gold {
			if foldOf(i) != f {
				rest = append(rest, gold[i])
			}
		}
		tg, err := pos.Train(rest, pos.TrainOptions{Iters: 8, Seed: seed, Prune: 0.05, WordClasses: wcs})
		if err != nil {
			return err
		}
		var n, right int
		for i := range sents {
			if foldOf(i) != f {
				continue
			}
			ws := sents[i].Words
			forms := make([]string, len(ws))
			for j := range ws {
				forms[j] = ws[j].Form
			}
			tags := tg.Tag(forms)
			// A copy of the words: the sentences share their arrays with
			// the other folds' training data.
			cp := append([]corpus.Word(nil), ws...)
			for j := range cp {
				n++
				if tags[j].XPOS == cp[j].XPOS {
					right++
				}
				cp[j].UPOS, cp[j].XPOS = tags[j].UPOS, tags[j].XPOS
			}
			sents[i].Words = cp
		}
		fmt.Fprintf(e.stderr, "fold %d: XPOS accuracy %.2f%%\n", f, 100*float64(right)/float64(n))
	}
	return nil
}

// jackknifeWordClasses returns the word classes of the tagger named by
// from (embedded, a model file, or none), so that the fold taggers tag
// like the shipped one. The classes come from unlabeled text only, so
// sharing them leaks no fold's tags.
func jackknifeWordClasses(from string) ([]map[string]uint16, error) {
	var tg *pos.Tagger
	var err error
	switch from {
	case "none":
		return nil, nil
	case "embedded":
		tg, err = pos.Load()
	default:
		f, ferr := os.Open(from)
		if ferr != nil {
			return nil, ferr
		}
		defer f.Close()
		if tg, err = pos.Read(f); err != nil {
			err = fmt.Errorf("%s: %w", from, err)
		}
	}
	if err != nil {
		return nil, err
	}
	return tg.WordClasses(), nil
}

// cmdEvalParser scores the parser on gold CoNLL-U files, with the tags of
// the file or those of a tagger.
func cmdEvalParser(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval parser", "GOLD.conllu ...")
	model := fs.String("model", "", "parser model file (default: the embedded one)")
	beam := fs.Int("beam", 0, "beam width to parse with (0: the model's)")
	prune := fs.Float64("prune", 0, "drop feature rows whose weights are all smaller than this (0: none)")
	out := fs.String("out", "", "write the model, retuned by --beam and --prune, to this file")
	tagger := fs.String("tagger", "embedded", "tags to parse with: embedded (the embedded tagger), gold, or a tagger model file")
	news := fs.Bool("news", false, "parse with the dateline and the attribution wrappers (the pipeline uses the first alone; docs/parser.md)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name at least one gold CoNLL-U file"}
	}
	var p *parse.Parser
	var err error
	if *model == "" {
		p, err = parse.Load()
	} else {
		p, err = readParserModel(*model)
	}
	if err != nil {
		return err
	}
	p = p.Tuned(*beam, float32(*prune))
	if *out != "" {
		if err := writeParserModel(*out, p); err != nil {
			return err
		}
	}
	fm, fl := p.Features()
	fmt.Fprintf(e.stderr, "parser: beam %d, %d move and %d label features\n", p.Beam(), fm, fl)
	var parser nlp.Component = p
	if *news {
		parser = newsParser(p)
	}
	var tg *pos.Tagger
	switch *tagger {
	case "gold":
	case "embedded":
		if tg, err = pos.Load(); err != nil {
			return err
		}
	default:
		f, err := os.Open(*tagger)
		if err != nil {
			return err
		}
		tg, err = pos.Read(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *tagger, err)
		}
	}
	for _, path := range fs.Args() {
		s, err := readCoNLLUFile(path)
		if err != nil {
			return err
		}
		// A gold "_" head reads as the root: it would score as right.
		if err := eval.CheckGoldDeps(s); err != nil {
			return sitrep.Errorf(sitrep.EInvalid, "%s: %v", path, err)
		}
		gold := corpus.Documents(s, " ", true)
		var sc parse.Scores
		var words, tagRight int
		start := time.Now()
		for _, g := range gold {
			d := *g
			d.Tokens = append([]sitrep.Token(nil), g.Tokens...)
			if tg != nil {
				if err := tg.Process(&d); err != nil {
					return fmt.Errorf("%s: %s: %w", path, d.ID, err)
				}
				for i := range d.Tokens {
					words++
					if d.Tokens[i].XPOS == g.Tokens[i].XPOS {
						tagRight++
					}
				}
			}
			if err := parser.Process(&d); err != nil {
				return fmt.Errorf("%s: %s: %w", path, d.ID, err)
			}
			sc.Compare(g, &d)
		}
		tags := "gold tags"
		if tg != nil {
			tags = fmt.Sprintf("predicted tags, XPOS %.2f", 100*float64(tagRight)/float64(max(words, 1)))
		}
		fmt.Fprintf(e.stdout, "%s (%s): %s in %s\n", path, tags, sc, time.Since(start).Round(time.Millisecond))
	}
	return nil
}

func readParserModel(path string) (*parse.Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := parse.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

func writeCoNLLUFile(path string, docs []*sitrep.Document) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := corpus.WriteCoNLLU(f, d, nil); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
