package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/tokenize"
)

// cmdEvalTokenize scores the tokenizer and sentence splitter against
// CoNLL-U files. Each document's text is rebuilt from the gold words, its
// sentences joined by one space, so line breaks give no hint.
func cmdEvalTokenize(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval tokenize", "GOLD.conllu [...]")
	showErrs := fs.Int("errors", 0, "print up to `N` token mismatches with their context")
	paras := fs.Bool("paragraphs", false, "end each paragraph the file marks (# newpar) with a newline instead of a space")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"give at least one CoNLL-U file"}
	}
	tok := tokenize.New()
	var total eval.TokenScore
	shown := 0
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		sents, err := corpus.ReadCoNLLU(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		var score eval.TokenScore
		docs := corpus.Documents(sents, " ", false)
		if *paras {
			markParagraphs(docs, sents)
		}
		for _, gold := range docs {
			pred := &sitrep.Document{ID: gold.ID, Text: gold.Text}
			pred.Sentences, pred.Tokens = tok.Split(gold.Text)
			if err := score.Add(gold, pred); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			for _, b := range sentenceMismatches(gold, pred) {
				if shown >= *showErrs {
					break
				}
				shown++
				lo, hi := max(0, b.at-40), min(len(gold.Text), b.at+40)
				fmt.Fprintf(e.stdout, "%s\tsentence %s\t…%s‖%s…\n", gold.ID, b.what, gold.Text[lo:b.at], gold.Text[b.at:hi])
			}
			for _, m := range eval.TokenMismatches(gold, pred) {
				if shown >= *showErrs {
					break
				}
				shown++
				lo, hi := max(0, m.Start-30), min(len(gold.Text), m.End+30)
				fmt.Fprintf(e.stdout, "%s\t%s\t%s\t…%s…\n", gold.ID, strings.Join(m.Gold, " "), strings.Join(m.Pred, " "),
					strings.ReplaceAll(gold.Text[lo:hi], "\n", " "))
			}
		}
		fmt.Fprintln(e.stdout, path)
		if err := score.Write(e.stdout); err != nil {
			return err
		}
		total.Tokens.TP += score.Tokens.TP
		total.Tokens.FP += score.Tokens.FP
		total.Tokens.FN += score.Tokens.FN
		total.Sentences.TP += score.Sentences.TP
		total.Sentences.FP += score.Sentences.FP
		total.Sentences.FN += score.Sentences.FN
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stdout, "all files")
		return total.Write(e.stdout)
	}
	return nil
}

// boundaryDiff is a sentence end that only one side has.
type boundaryDiff struct {
	at   int
	what string // "missed" or "extra"
}

// sentenceMismatches lists the sentence ends of gold that pred lacks and
// those of pred that gold lacks, in text order.
func sentenceMismatches(gold, pred *sitrep.Document) []boundaryDiff {
	g := map[int]bool{}
	for _, s := range gold.Sentences {
		g[s.End] = true
	}
	p := map[int]bool{}
	for _, s := range pred.Sentences {
		p[s.End] = true
	}
	var out []boundaryDiff
	for _, s := range gold.Sentences {
		if !p[s.End] {
			out = append(out, boundaryDiff{s.End, "missed"})
		}
	}
	for _, s := range pred.Sentences {
		if !g[s.End] {
			out = append(out, boundaryDiff{s.End, "extra"})
		}
	}
	slices.SortFunc(out, func(a, b boundaryDiff) int { return a.at - b.at })
	return out
}

// markParagraphs replaces the space before each sentence that begins a
// paragraph with a newline, as the article had it. Both are one byte, so no
// offset moves.
func markParagraphs(docs []*sitrep.Document, sents []corpus.Sentence) {
	k := 0 // index into sents, which the documents consume in order
	for _, d := range docs {
		b := []byte(d.Text)
		for i, s := range d.Sentences {
			if i > 0 && k < len(sents) && hasNewpar(&sents[k]) && s.Start > 0 && b[s.Start-1] == ' ' {
				b[s.Start-1] = '\n'
			}
			k++
		}
		d.Text = string(b)
	}
}

func hasNewpar(s *corpus.Sentence) bool {
	for _, c := range s.Comments {
		if c == "newpar" || strings.HasPrefix(c, "newpar ") {
			return true
		}
	}
	return false
}
