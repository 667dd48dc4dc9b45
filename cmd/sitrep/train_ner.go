package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/internal/shareddata"
	"sitrep/ner"
)

// cmdTrainNER trains the entity recogniser on a UNER IOB2 file and writes
// the model with its gazetteer.
func cmdTrainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner", "")
	train := fs.String("train", "", "training IOB2 files, separated by commas (required)")
	dev := fs.String("dev", "", "IOB2 file to score the trained model on")
	iters := fs.Int("iters", 10, "training iterations")
	seed := fs.Int64("seed", 1, "seed of the sentence shuffle")
	prune := fs.Float64("prune", 0, "drop feature rows whose weights all lie below this in absolute value")
	runs := fs.Int("runs", 1, "models to train with seeds seed, seed+1, …, whose weights are averaged")
	gazFile := fs.String("gazetteer", "", "cache of the gazetteer, case statistics and word classes: read if the file exists, else built and written there (for experiments)")
	out := fs.String("out", "", "model file to write (required)")
	classes := fs.Int("classes", 256, "word classes to learn from unlabeled text")
	fine := fs.Int("fine-classes", 1024, "a second, finer set of word classes (0: none)")
	actors := fs.String("actors", "actors/data", "folder of the actor knowledge base whose organisations and people join the gazetteer")
	cv := fs.Int("cv", 0, "instead of writing a model, score K-fold cross-validation over the training documents (for experiments: less noisy than the dev set alone)")
	data := fs.String("data", "", "shared data folder with gazetteer/ and the unlabeled news (default ../shared/data)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *train == "" || (*out == "" && *cv == 0) {
		return usageError{"--train and --out are required"}
	}
	if *data == "" {
		if *data = shareddata.Path("data"); *data == "" {
			return usageError{"no shared data folder found: give --data"}
		}
	}
	var sents []corpus.IOB2Sentence
	for _, path := range strings.Split(*train, ",") {
		ss, err := readIOB2File(path)
		if err != nil {
			return err
		}
		sents = append(sents, ss...)
	}
	t0 := time.Now()
	g, err := nerGazetteer(e, *data, *actors, *gazFile, sents, *classes, *fine)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if *cv > 1 {
		return crossValidateNER(ctx, e, sents, g, *cv, ner.TrainOptions{Iters: *iters, Seed: *seed, Runs: *runs}, float32(*prune))
	}
	r, err := ner.Train(sents, g, ner.TrainOptions{Iters: *iters, Seed: *seed, Runs: *runs, Log: e.stderr})
	if err != nil {
		return err
	}
	if *prune > 0 {
		if r, err = r.Pruned(float32(*prune)); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "trained on %d sentences in %s: %d feature rows\n", len(sents), time.Since(t0).Round(time.Second), r.Features())
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".ner-*.gz")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := r.Write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return err
	}
	if st, err := os.Stat(*out); err == nil {
		fmt.Fprintf(e.stderr, "wrote %s (%.1f MB)\n", *out, float64(st.Size())/1e6)
	}
	if *dev != "" {
		ds, err := readIOB2File(*dev)
		if err != nil {
			return err
		}
		score, _, err := scoreNER(r, ds, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s:\n", *dev)
		return score.Write(e.stdout)
	}
	return nil
}

// nerGazetteer builds the gazetteer with the case statistics and word
// classes of the unlabeled news, or reads it from cache when that file
// exists (writing it there otherwise).
func nerGazetteer(e *env, data, actors, cache string, sents []corpus.IOB2Sentence, classes, fine int) (*ner.Gazetteer, error) {
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			g, err := ner.LoadGazetteer(f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", cache, err)
			}
			fmt.Fprintf(e.stderr, "gazetteer read from %s\n", cache)
			return g, nil
		}
	}
	t0 := time.Now()
	common := ner.CommonWords(sents, 3)
	g, err := ner.BuildGazetteer(filepath.Join(data, "gazetteer"), common)
	if err != nil {
		return nil, err
	}
	if err := g.AddActors(actors, common); err != nil {
		return nil, err
	}
	news := ner.UnlabeledFiles(data)
	words := make([][]string, len(sents))
	for i := range sents {
		words[i] = sents[i].Tokens
	}
	if err := g.AddUnlabeled(news, words, classes, fine, 25000, 8); err != nil {
		return nil, err
	}
	fmt.Fprintf(e.stderr, "case statistics and %d and %d word classes from %d unlabeled news files and the training words (%s)\n", classes, fine, len(news), time.Since(t0).Round(time.Second))
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, err
		}
		if err := g.Save(f); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// crossValidateNER trains k models, each on all documents but every k-th
// one (by document order), scores each on the documents it left out, and
// prints the summed score.
func crossValidateNER(ctx context.Context, e *env, sents []corpus.IOB2Sentence, g *ner.Gazetteer, k int, opt ner.TrainOptions, prune float32) error {
	fold := foldsByDocument(sents, k)
	var total eval.SpanScore
	for f := 0; f < k; f++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var tr, held []corpus.IOB2Sentence
		for i := range sents {
			if fold[i] == f {
				held = append(held, sents[i])
			} else {
				tr = append(tr, sents[i])
			}
		}
		r, err := ner.Train(tr, g, opt)
		if err != nil {
			return err
		}
		if prune > 0 {
			if r, err = r.Pruned(prune); err != nil {
				return err
			}
		}
		docs, gold := corpus.IOB2Documents(held)
		for i, d := range docs {
			if err := r.Process(d); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			total.Add(entitySpans(gold[i]), entitySpans(d.Entities))
		}
	}
	fmt.Fprintf(e.stdout, "%d-fold cross-validation over %d sentences:\n", k, len(sents))
	return total.Write(e.stdout)
}

// foldsByDocument gives each sentence the fold of its document (documents
// begin at "# newdoc" comments), dealt round-robin into k folds, so that no
// document is split between training and scoring.
func foldsByDocument(sents []corpus.IOB2Sentence, k int) []int {
	fold := make([]int, len(sents))
	doc := 0
	for i := range sents {
		for _, c := range sents[i].Comments {
			if strings.HasPrefix(c, "newdoc") && i > 0 {
				doc++
				break
			}
		}
		fold[i] = doc % k
	}
	return fold
}
