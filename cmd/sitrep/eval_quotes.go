package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/ner"
	"sitrep/nlp"
	"sitrep/parse"
	"sitrep/pos"
	"sitrep/quote"
	"sitrep/tokenize"
)

// cmdEvalQuotes runs tokenizer and quote finder over the texts of a PolNeAR
// compartment and scores the attributions found against the gold ones.
func cmdEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "POLNEAR_DIR (e.g. ../shared/data/polnear/dev)")
	seg := fs.String("tokenizer", "rules", "tokenizer: rules (package tokenize) or simple (the quote package's stand-in)")
	errs := fs.String("errors", "", "print missed gold (fn), spurious system (fp) or both (all) attributions")
	with := fs.String("with", "", "comma-separated layers to compute before the finder: tags, deps, entities (in pipeline order)")
	cues := fs.Bool("cues", false, "print how many system attributions each cue made and how many were right")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"name one PolNeAR compartment folder"}
	}
	var comps []nlp.Component
	switch *seg {
	case "rules":
		comps = append(comps, tokenize.New())
	case "simple":
		comps = append(comps, segmenter{})
	default:
		return usageError{fmt.Sprintf("unknown tokenizer %q", *seg)}
	}
	for _, l := range strings.Split(*with, ",") {
		switch l {
		case "":
		case "tags":
			t, err := pos.Load()
			if err != nil {
				return err
			}
			comps = append(comps, t)
		case "deps":
			p, err := parse.Load()
			if err != nil {
				return err
			}
			comps = append(comps, p)
		case "entities":
			r, err := ner.Load()
			if err != nil {
				return err
			}
			comps = append(comps, r)
		default:
			return usageError{fmt.Sprintf("unknown layer %q in -with", l)}
		}
	}
	comps = append(comps, quote.New())
	pipe, err := nlp.New(0, comps...)
	if err != nil {
		return err
	}
	arts, err := corpus.ReadPolNeAR(fs.Arg(0))
	if err != nil {
		return err
	}
	var score eval.QuoteScore
	byCue := map[string]*[2]int{}
	tokens := 0
	var spent time.Duration
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc := &sitrep.Document{ID: a.Name, Text: a.Text}
		t0 := time.Now()
		if err := pipe.Process(doc); err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		spent += time.Since(t0)
		tokens += len(doc.Tokens)
		score.Add(a.Text, a.Attributions, doc.Quotes)
		if *cues {
			sys := eval.GroupQuotes(doc.Quotes)
			for i, ok := range eval.Matched(a.Attributions, sys) {
				k := "(none)"
				if len(sys[i].Cue) > 0 {
					k = strings.ToLower(sys[i].Cue[0].Text)
				}
				if byCue[k] == nil {
					byCue[k] = &[2]int{}
				}
				byCue[k][0]++
				if ok {
					byCue[k][1]++
				}
			}
		}
		if *errs != "" {
			showQuoteErrors(e.stdout, *errs, a, doc.Quotes)
		}
	}
	fmt.Fprintf(e.stdout, "%s: %d articles, %d tokens, %.0f tokens/s (tokenizer and finder)\n",
		fs.Arg(0), len(arts), tokens, float64(tokens)/spent.Seconds())
	score.Report(e.stdout)
	if *cues {
		// Most found first; cues found equally often by name, so that
		// the listing does not follow map order.
		keys := slices.Sorted(maps.Keys(byCue))
		sort.SliceStable(keys, func(i, j int) bool { return byCue[keys[i]][0] > byCue[keys[j]][0] })
		for _, k := range keys {
			fmt.Fprintf(e.stdout, "cue %-20s %5d found, %5d right\n", k, byCue[k][0], byCue[k][1])
		}
	}
	return nil
}

// segmenter wraps the quote package's stand-in tokenizer as a component.
type segmenter struct{}

func (segmenter) Name() string        { return "segment" }
func (segmenter) Needs() sitrep.Layer { return 0 }
func (segmenter) Fills() sitrep.Layer { return sitrep.LayerTokens | sitrep.LayerSentences }
func (segmenter) Process(doc *sitrep.Document) error {
	quote.Segment(doc)
	return nil
}

// showQuoteErrors prints the gold attributions no system one matched (fn)
// and the system ones matching no gold one (fp), for error analysis.
func showQuoteErrors(w io.Writer, which string, a corpus.PolNeARArticle, qs []sitrep.Quote) {
	sys := eval.GroupQuotes(qs)
	frag := func(x []sitrep.Span) string {
		s := ""
		for i, f := range x {
			if i > 0 {
				s += " … "
			}
			s += a.Text[f.Start:f.End]
		}
		return s
	}
	fn, fp := eval.Unmatched(a.Attributions, sys)
	if which == "fn" || which == "all" {
		for _, g := range fn {
			fmt.Fprintf(w, "FN %s direct=%v\n  content: %s\n  cue: %s\n  source: %s\n", a.Name, eval.IsDirect(a.Text, g.Content), frag(g.Content), frag(g.Cue), frag(g.Source))
			// The system attribution nearest to it, if any overlaps.
			best, bestN := -1, 0
			for i, s := range sys {
				if n := spanOverlap(g.Content, s.Content); n > bestN {
					best, bestN = i, n
				}
			}
			if best >= 0 {
				fmt.Fprintf(w, "  nearest: %s | %s | %s\n", frag(sys[best].Content), frag(sys[best].Cue), frag(sys[best].Source))
			}
		}
	}
	if which == "fp" || which == "all" {
		for _, g := range fp {
			fmt.Fprintf(w, "FP %s direct=%v\n  content: %s\n  cue: %s\n  source: %s\n", a.Name, eval.IsDirect(a.Text, g.Content), frag(g.Content), frag(g.Cue), frag(g.Source))
			best, bestN := -1, 0
			for i, x := range a.Attributions {
				if n := spanOverlap(g.Content, x.Content); n > bestN {
					best, bestN = i, n
				}
			}
			if best >= 0 {
				x := a.Attributions[best]
				fmt.Fprintf(w, "  nearest gold: %s | %s | %s\n", frag(x.Content), frag(x.Cue), frag(x.Source))
			}
		}
	}
}

func spanOverlap(a, b []sitrep.Span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			n += max(0, min(x.End, y.End)-max(x.Start, y.Start))
		}
	}
	return n
}
