package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"sitrep/eval"
)

// `sitrep eval agreement REF.jsonl OTHER.jsonl` compares two hand codings
// of the same articles: OTHER's events are matched to REF's as `sitrep
// eval events` matches the system's events to the gold (one to one on
// source country, target country and CAMEO root, per article id), so
// that the figures read on the same scale as the coder's precision and
// recall; within a class the pairing also prefers the same full code
// (eval.MatchCodings). No pipeline is run.

func cmdEvalAgreement(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval agreement", "REF.jsonl OTHER.jsonl")
	show := fs.Bool("pairs", false, "list each article's matched and unmatched events")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usageError{"name two coded files: REF.jsonl OTHER.jsonl"}
	}
	ref, err := readCodings(fs.Arg(0))
	if err != nil {
		return err
	}
	other, err := readCodings(fs.Arg(1))
	if err != nil {
		return err
	}
	a := compareCodings(ref, other)
	a.write(e.stdout)
	if *show {
		a.writePairs(e.stdout)
	}
	return nil
}

// readCodings reads a whole event gold file for a comparison of codings,
// where articles are paired by id, so an id may not repeat.
func readCodings(path string) ([]goldArticle, error) {
	arts, err := readGoldArticles(path, false)
	if err != nil {
		return nil, err
	}
	ids := goldIDs{}
	for i := range arts {
		if err := ids.add(path, &arts[i]); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

// agreement holds the comparison of two codings, OTHER scored against REF.
type agreement struct {
	scores eval.EventScores // REF as gold, OTHER as system
	// CodeSame counts matched pairs with the same full CAMEO code;
	// AllSame those that also agree on status and date.
	CodeSame, AllSame int
	Compared          []string // article ids of REF found in OTHER
	Missing           []string // article ids of REF not in OTHER (skipped)
	Extra             []string // article ids of OTHER not in REF (ignored)
	pairs             []articlePairs
}

type articlePairs struct {
	id         string
	ref, other []eval.GoldEvent
	pair       []int // pair[ri] = index in other, or -1
}

// compareCodings matches the events of each REF article with those of the
// OTHER article of the same id.
func compareCodings(ref, other []goldArticle) agreement {
	var a agreement
	byID := map[string]*goldArticle{}
	for i := range other {
		byID[other[i].ID] = &other[i]
	}
	inRef := map[string]bool{}
	for _, r := range ref {
		inRef[r.ID] = true
		o := byID[r.ID]
		if o == nil {
			a.Missing = append(a.Missing, r.ID)
			continue
		}
		a.Compared = append(a.Compared, r.ID)
		re := append([]eval.GoldEvent(nil), r.Events...)
		oe := append([]eval.GoldEvent(nil), o.Events...)
		pair := eval.MatchCodings(re, oe)
		a.scores.AddPaired(re, oe, pair)
		for ri, oi := range pair {
			if oi < 0 {
				continue
			}
			if re[ri].CAMEO == oe[oi].CAMEO {
				a.CodeSame++
				if re[ri].Status == oe[oi].Status && re[ri].Date == oe[oi].Date {
					a.AllSame++
				}
			}
		}
		a.pairs = append(a.pairs, articlePairs{r.ID, re, oe, pair})
	}
	for _, o := range other {
		if !inRef[o.ID] {
			a.Extra = append(a.Extra, o.ID)
		}
	}
	return a
}

func (a *agreement) write(w io.Writer) {
	s := &a.scores
	fmt.Fprintf(w, "%d articles compared\n", len(a.Compared))
	if len(a.Missing) > 0 {
		fmt.Fprintf(w, "skipped %d articles of REF missing in OTHER: %s\n", len(a.Missing), strings.Join(a.Missing, " "))
	}
	if len(a.Extra) > 0 {
		fmt.Fprintf(w, "ignored %d articles of OTHER not in REF: %s\n", len(a.Extra), strings.Join(a.Extra, " "))
	}
	fmt.Fprintf(w, "events matched on (source, target, CAMEO root): REF %d, OTHER %d, matched %d\n", s.Gold, s.System, s.Matched)
	fmt.Fprintf(w, "OTHER against REF: precision %s  recall %s  F1 %s\n", s.PRF()...)
	fmt.Fprintf(w, "on matched pairs: status agree %s (%d/%d), date agree %s (%d/%d), full code agree %s (%d/%d), code+status+date agree %s (%d/%d)\n",
		eval.Percent(s.StatusRight, s.Matched), s.StatusRight, s.Matched,
		eval.Percent(s.DateRight, s.Matched), s.DateRight, s.Matched,
		eval.Percent(a.CodeSame, s.Matched), a.CodeSame, s.Matched,
		eval.Percent(a.AllSame, s.Matched), a.AllSame, s.Matched)
	s.WriteBreakdown(w, "REF", "OTHER", "status disagreements (REF → OTHER):")
}

// writePairs lists, per article, REF's events with their OTHER partner
// ("=" same code, status and date; otherwise what differs) or "ONLY REF",
// then OTHER's unmatched events as "ONLY OTHER".
func (a *agreement) writePairs(w io.Writer) {
	str := func(x eval.GoldEvent) string {
		return fmt.Sprintf("%s>%s %s %s %s «%s»", x.Source, x.Target, x.CAMEO, x.Status, x.Date, x.Trigger)
	}
	for _, p := range a.pairs {
		fmt.Fprintf(w, "\n== %s\n", p.id)
		used := make([]bool, len(p.other))
		for ri, x := range p.ref {
			mark := "ONLY REF"
			if oi := p.pair[ri]; oi >= 0 {
				used[oi] = true
				o := p.other[oi]
				var diff []string
				if o.CAMEO != x.CAMEO {
					diff = append(diff, "code="+o.CAMEO)
				}
				if o.Status != x.Status {
					diff = append(diff, "status="+o.Status)
				}
				if o.Date != x.Date {
					diff = append(diff, "date="+o.Date)
				}
				mark = "="
				if len(diff) > 0 {
					mark = strings.Join(diff, " ")
				}
			}
			fmt.Fprintf(w, "  ref   %s  [%s]\n", str(x), mark)
		}
		for oi, x := range p.other {
			if !used[oi] {
				fmt.Fprintf(w, "  other %s  [ONLY OTHER]\n", str(x))
			}
		}
	}
}
