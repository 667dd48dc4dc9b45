// Package eval scores annotations against gold data: span precision,
// recall and F1 here; accuracy and attachment scores elsewhere.
package eval

import (
	"fmt"
	"io"
	"sort"
)

// Span is a labelled stretch of a document, in byte offsets (end
// exclusive): an entity, a time expression, a quote.
type Span struct {
	Start, End int
	Label      string
}

// Counts are the true positives, false positives and false negatives of a
// span comparison.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SpanScore accumulates exact-match span counts over documents, overall
// and per label. A predicted span counts only when its start, end and
// label all equal a gold span's. The zero value is ready to use.
type SpanScore struct {
	All     Counts
	ByLabel map[string]*Counts
}

// Add compares the spans of one document. Duplicate spans count once each,
// so a span predicted twice is one hit and one false positive.
func (s *SpanScore) Add(gold, pred []Span) {
	if s.ByLabel == nil {
		s.ByLabel = map[string]*Counts{}
	}
	left := make(map[Span]int, len(gold))
	for _, g := range gold {
		left[g]++
	}
	for _, p := range pred {
		c := s.label(p.Label)
		if left[p] > 0 {
			left[p]--
			s.All.TP++
			c.TP++
		} else {
			s.All.FP++
			c.FP++
		}
	}
	for g, n := range left {
		s.All.FN += n
		s.label(g.Label).FN += n
	}
}

func (s *SpanScore) label(l string) *Counts {
	c := s.ByLabel[l]
	if c == nil {
		c = &Counts{}
		s.ByLabel[l] = c
	}
	return c
}

// Labels returns the labels seen, sorted.
func (s *SpanScore) Labels() []string {
	out := make([]string, 0, len(s.ByLabel))
	for l := range s.ByLabel {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Write prints a table of P/R/F1 in percent, per label and overall.
func (s *SpanScore) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "%-8s %7s %7s %7s %6s %6s %6s\n", "label", "P", "R", "F1", "tp", "fp", "fn"); err != nil {
		return err
	}
	row := func(name string, c Counts) error {
		_, err := fmt.Fprintf(w, "%-8s %7.2f %7.2f %7.2f %6d %6d %6d\n", name,
			100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.TP, c.FP, c.FN)
		return err
	}
	for _, l := range s.Labels() {
		if err := row(l, *s.ByLabel[l]); err != nil {
			return err
		}
	}
	return row("overall", s.All)
}
