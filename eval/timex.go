package eval

import (
	"fmt"
	"io"

	"sitrep"
)

// TimexScore accumulates TempEval-3 style counts for time expressions
// (UzZaman et al. 2013). Spans are compared strictly (same start and end)
// and relaxed (any overlap, each gold and system expression used once).
// Type and value are judged over relaxed matches; value F1 is TempEval-3's
// attribute F1: value-correct matches over system expressions (P) and
// over gold ones (R). The zero value is ready to use.
type TimexScore struct {
	Gold, Sys int
	Strict    int // exact span matches
	Relaxed   int // overlapping pairs
	Type      int // relaxed pairs with the gold type
	Value     int // relaxed pairs with the gold value
}

// TimexPair is a gold and a system expression matched by overlap; one of
// them is nil when the other found no partner.
type TimexPair struct {
	Gold, Sys *sitrep.Timex
}

// PairTimexes matches gold and system expressions one to one by overlap:
// as many overlapping pairs as can be made, and among the pairings with
// that many the one whose overlaps sum largest. (Each gold expression
// taking the free system expression overlapping it most, in text order,
// could leave a later gold expression without the only partner it had.)
// Both lists must be in text order. Unmatched expressions come out with a
// nil partner, and the pairs are in text order.
func PairTimexes(gold, sys []sitrep.Timex) []TimexPair {
	used := make([]bool, len(sys))
	var out []TimexPair
	// A pair's weight is one unit more than the longest total overlap
	// any pairing can reach (the gold spans' length) plus its own
	// overlap, so that one more pair always outweighs more overlap;
	// pairs that do not overlap weigh 0 and are dropped.
	unit := int64(1)
	for _, g := range gold {
		unit += int64(max(0, g.End-g.Start))
	}
	w := make([][]int64, len(gold))
	for gi := range gold {
		w[gi] = make([]int64, len(sys))
		for si := range sys {
			if ov := min(sys[si].End, gold[gi].End) - max(sys[si].Start, gold[gi].Start); ov > 0 {
				w[gi][si] = unit + int64(ov)
			}
		}
	}
	for gi, si := range assign(w) {
		if si >= 0 && w[gi][si] > 0 {
			used[si] = true
			out = append(out, TimexPair{Gold: &gold[gi], Sys: &sys[si]})
		} else {
			out = append(out, TimexPair{Gold: &gold[gi]})
		}
	}
	for si := range sys {
		if !used[si] {
			out = append(out, TimexPair{Sys: &sys[si]})
		}
	}
	// Put the unmatched system expressions in text order among the rest.
	start := func(p TimexPair) int {
		if p.Gold != nil {
			return p.Gold.Start
		}
		return p.Sys.Start
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && start(out[j]) < start(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Add scores one document's system expressions against its gold ones.
func (s *TimexScore) Add(gold, sys []sitrep.Timex) {
	s.Gold += len(gold)
	s.Sys += len(sys)
	for _, p := range PairTimexes(gold, sys) {
		if p.Gold == nil || p.Sys == nil {
			continue
		}
		s.Relaxed++
		if p.Gold.Start == p.Sys.Start && p.Gold.End == p.Sys.End {
			s.Strict++
		}
		if p.Gold.Type == p.Sys.Type {
			s.Type++
		}
		if p.Gold.Value == p.Sys.Value {
			s.Value++
		}
	}
}

// Merge adds the counts of o.
func (s *TimexScore) Merge(o TimexScore) {
	s.Gold += o.Gold
	s.Sys += o.Sys
	s.Strict += o.Strict
	s.Relaxed += o.Relaxed
	s.Type += o.Type
	s.Value += o.Value
}

func (s TimexScore) counts(n int) Counts { return Counts{TP: n, FP: s.Sys - n, FN: s.Gold - n} }

// StrictSpan is the exact-span comparison.
func (s TimexScore) StrictSpan() Counts { return s.counts(s.Strict) }

// RelaxedSpan is the overlap comparison.
func (s TimexScore) RelaxedSpan() Counts { return s.counts(s.Relaxed) }

// ValueCounts are TempEval-3's value attribute counts: a true positive is
// a relaxed match with the gold value.
func (s TimexScore) ValueCounts() Counts { return s.counts(s.Value) }

// TypeCounts are the same for the type attribute.
func (s TimexScore) TypeCounts() Counts { return s.counts(s.Type) }

// TypeAccuracy and ValueAccuracy are over relaxed matches.
func (s TimexScore) TypeAccuracy() float64  { return ratio(s.Type, s.Relaxed) }
func (s TimexScore) ValueAccuracy() float64 { return ratio(s.Value, s.Relaxed) }

// Write prints the figures as a small table, percentages with one decimal.
func (s TimexScore) Write(w io.Writer) error {
	row := func(name string, c Counts) string {
		return fmt.Sprintf("%-14s P %5.1f  R %5.1f  F1 %5.1f\n", name, 100*c.Precision(), 100*c.Recall(), 100*c.F1())
	}
	_, err := fmt.Fprintf(w, "gold %d  system %d  relaxed matches %d\n%s%s%s%stype accuracy  %5.1f\nvalue accuracy %5.1f\n",
		s.Gold, s.Sys, s.Relaxed,
		row("strict span", s.StrictSpan()), row("relaxed span", s.RelaxedSpan()),
		row("type", s.TypeCounts()), row("value", s.ValueCounts()),
		100*s.TypeAccuracy(), 100*s.ValueAccuracy())
	return err
}
