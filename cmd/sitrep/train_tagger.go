package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"sitrep/corpus"
	"sitrep/internal/wordclass"
	"sitrep/lemma"
	"sitrep/pos"
)

// cmdTrainTagger trains the part-of-speech tagger and, from the same data,
// the lemmatizer, and reports their accuracy on the dev files.
func cmdTrainTagger(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train tagger", "")
	train := fs.String("train", "", "comma-separated CoNLL-U training files")
	dev := fs.String("dev", "", "comma-separated CoNLL-U dev files, scored after training")
	iters := fs.Int("iters", 10, "training iterations")
	seed := fs.Uint64("seed", 1, "seed of the sentence shuffle")
	prune := fs.Float64("prune", 0.05, "drop averaged weights smaller than this")
	runs := fs.Int("runs", 1, "train this many models with seeds seed, seed+1, ... and average them")
	stack := fs.Bool("stack", false, "train a second pass that sees the first pass's tags of the next words")
	unlabeled := fs.String("unlabeled", "", "comma-separated globs of unlabeled text (.txt, .tml, .conllu) to learn word classes from, with the training sentences")
	classes := fs.String("classes", "256", "word classes: comma-separated class counts, one clustering each (at most 2); used with --unlabeled")
	wcFrom := fs.String("word-classes", "", "take the word classes of this tagger model file (or embedded) instead of clustering --unlabeled again")
	classVocab := fs.Int("class-vocab", 25000, "words to cluster, the most frequent first")
	classIters := fs.Int("class-iters", 8, "passes of the exchange algorithm")
	out := fs.String("out", "models/data/"+pos.ModelFile, "tagger model file to write")
	lemmaOut := fs.String("lemma-out", "models/data/"+lemma.ModelFile, "lemmatizer model file to write (empty: none)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *train == "" {
		return usageError{"--train is required"}
	}
	sents, err := readTaggerData(*train)
	if err != nil {
		return err
	}
	start := time.Now()
	var wcs []map[string]uint16
	switch {
	case *wcFrom != "" && *unlabeled != "":
		return usageError{"give --word-classes or --unlabeled, not both"}
	case *wcFrom != "":
		if wcs, err = jackknifeWordClasses(*wcFrom); err != nil {
			return err
		}
	case *unlabeled != "":
		if wcs, err = taggerWordClasses(*unlabeled, *classes, sents, *classVocab, *classIters); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "word classes (%s) in %s\n", *classes, time.Since(start).Round(time.Millisecond))
	}
	tg, err := pos.Train(sents, pos.TrainOptions{Iters: *iters, Seed: *seed, Prune: *prune, Stack: *stack, Runs: *runs, WordClasses: wcs, Log: e.stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "trained tagger on %d sentences in %s\n", len(sents), time.Since(start).Round(time.Millisecond))
	if err := writeTaggerModel(*out, tg.Write); err != nil {
		return err
	}
	var lm *lemma.Lemmatizer
	if *lemmaOut != "" {
		lm = lemma.Train(sents)
		if err := writeTaggerModel(*lemmaOut, lm.Write); err != nil {
			return err
		}
	}
	if *dev == "" {
		return nil
	}
	for _, p := range strings.Split(*dev, ",") {
		ds, err := readTaggerData(p)
		if err != nil {
			return err
		}
		var n, up, xp, ft, lem int
		for _, s := range ds {
			forms := make([]string, len(s.Words))
			for i, w := range s.Words {
				forms[i] = w.Form
			}
			tags := tg.Tag(forms)
			for i, w := range s.Words {
				n++
				if tags[i].UPOS == w.UPOS {
					up++
				}
				if tags[i].XPOS == w.XPOS {
					xp++
				}
				if tags[i].Feats == tagField(w.Feats) {
					ft++
				}
				if lm != nil && lm.Lemma(w.Form, tags[i].UPOS, tags[i].XPOS) == w.Lemma {
					lem++
				}
			}
		}
		pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
		fmt.Fprintf(e.stdout, "%s: %d words  UPOS %.2f  XPOS %.2f  UFeats %.2f  Lemma %.2f\n", filepath.Base(p), n, pct(up), pct(xp), pct(ft), pct(lem))
	}
	return nil
}

// taggerWordClasses clusters the words of the unlabeled files and of the
// training sentences, once per class count in counts.
func taggerWordClasses(patterns, counts string, train []corpus.Sentence, vocab, iters int) ([]map[string]uint16, error) {
	files, err := wordclass.Files(patterns)
	if err != nil {
		return nil, usageError{"--unlabeled: " + err.Error()}
	}
	var sents [][]string
	for _, f := range files {
		t, err := wordclass.Text(f)
		if err != nil {
			return nil, err
		}
		sents = append(sents, wordclass.Sentences(t)...)
	}
	for _, s := range train {
		low := make([]string, len(s.Words))
		for i, w := range s.Words {
			low[i] = strings.ToLower(w.Form)
		}
		sents = append(sents, low)
	}
	var out []map[string]uint16
	for _, c := range strings.Split(counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 2 || n > 0xfffe {
			return nil, usageError{fmt.Sprintf("--classes: bad class count %q", c)}
		}
		out = append(out, wordclass.Cluster(sents, n, vocab, iters))
	}
	return out, nil
}

func tagField(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func readTaggerData(list string) ([]corpus.Sentence, error) {
	var all []corpus.Sentence
	for _, p := range strings.Split(list, ",") {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		s, err := corpus.ReadCoNLLU(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		all = append(all, s...)
	}
	return all, nil
}

// writeTaggerModel writes a model file through a temporary file, so that a
// failed run leaves the old model in place.
func writeTaggerModel(path string, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
