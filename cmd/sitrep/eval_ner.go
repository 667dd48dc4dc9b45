package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/ner"
)

// cmdEvalNER runs the recogniser over the gold tokens of IOB2 files and
// prints exact-match span P/R/F1 per label and overall.
func cmdEvalNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval ner", "GOLD.iob2 ...")
	model := fs.String("model", "", "model file to use instead of the embedded one")
	errs := fs.Bool("errors", false, "print each sentence whose entities differ from the gold ones")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name at least one gold IOB2 file"}
	}
	r, err := loadNER(*model)
	if err != nil {
		return err
	}
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		sents, err := readIOB2File(path)
		if err != nil {
			return err
		}
		t0 := time.Now()
		var show func(doc string, gold, pred []sitrep.Entity)
		if *errs {
			show = func(doc string, gold, pred []sitrep.Entity) {
				fmt.Fprintf(e.stdout, "%s\n  gold: %s\n  pred: %s\n", doc, entityList(gold), entityList(pred))
			}
		}
		score, tokens, err := scoreNER(r, sents, show)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		el := time.Since(t0)
		fmt.Fprintf(e.stdout, "%s: %d sentences, %d tokens, %.0f tokens/s\n", path, len(sents), tokens, float64(tokens)/el.Seconds())
		if err := score.Write(e.stdout); err != nil {
			return err
		}
	}
	return nil
}

func loadNER(path string) (*ner.Recognizer, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := ner.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// readIOB2File reads a UNER IOB2 file, or the entities of a GUM CoNLL-U
// file (*.conllu) converted to UNER spans by ner.ReadGUMEntities.
func readIOB2File(path string) ([]corpus.IOB2Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	read := corpus.ReadIOB2
	if ner.GUMFile(path) {
		read = ner.ReadGUMEntities // GUM mentions as UNER names
	}
	sents, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// scoreNER tags the gold tokens of sents and compares the entities.
// show, when not nil, is called for every sentence with an error.
func scoreNER(r *ner.Recognizer, sents []corpus.IOB2Sentence, show func(text string, gold, pred []sitrep.Entity)) (*eval.SpanScore, int, error) {
	docs, gold := corpus.IOB2Documents(sents)
	var score eval.SpanScore
	tokens := 0
	for i, d := range docs {
		if err := r.Process(d); err != nil {
			return nil, 0, fmt.Errorf("document %s: %w", d.ID, err)
		}
		tokens += len(d.Tokens)
		score.Add(entitySpans(gold[i]), entitySpans(d.Entities))
		if show != nil {
			showErrors(d, gold[i], show)
		}
	}
	return &score, tokens, nil
}

func entitySpans(es []sitrep.Entity) []eval.Span {
	out := make([]eval.Span, len(es))
	for i, e := range es {
		out[i] = eval.Span{Start: e.Start, End: e.End, Label: e.Label}
	}
	return out
}

// showErrors calls show for each sentence of d whose predicted entities
// differ from the gold ones.
func showErrors(d *sitrep.Document, gold []sitrep.Entity, show func(string, []sitrep.Entity, []sitrep.Entity)) {
	in := func(es []sitrep.Entity, s sitrep.Sentence) []sitrep.Entity {
		var out []sitrep.Entity
		for _, e := range es {
			if e.Start >= s.Start && e.End <= s.End {
				out = append(out, e)
			}
		}
		return out
	}
	for _, s := range d.Sentences {
		g, p := in(gold, s), in(d.Entities, s)
		if entityList(g) != entityList(p) {
			show(d.Text[s.Start:s.End], g, p)
		}
	}
}

func entityList(es []sitrep.Entity) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s[%s]", e.Label, e.Text)
	}
	return b.String()
}
