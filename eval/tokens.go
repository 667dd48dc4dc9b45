package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"sitrep"
)

// TokenScore compares a tokenizer's tokens and sentences with gold ones by
// their byte spans: a predicted token is right when its start and end both
// equal a gold word's, and likewise for sentences. The zero value is ready
// to use.
type TokenScore struct {
	Tokens    Counts
	Sentences Counts
}

// Add scores the tokens and sentences of pred against those of gold, which
// must have the same text.
func (s *TokenScore) Add(gold, pred *sitrep.Document) error {
	if gold.Text != pred.Text {
		return fmt.Errorf("document %q: predicted text differs from gold", gold.ID)
	}
	g := make([]tokSpan, len(gold.Tokens))
	for i, t := range gold.Tokens {
		g[i] = tokSpan{t.Start, t.End}
	}
	p := make([]tokSpan, len(pred.Tokens))
	for i, t := range pred.Tokens {
		p[i] = tokSpan{t.Start, t.End}
	}
	addTokenCounts(&s.Tokens, matchTokSpans(g, p))
	g = g[:0]
	for _, x := range gold.Sentences {
		g = append(g, tokSpan{x.Start, x.End})
	}
	p = p[:0]
	for _, x := range pred.Sentences {
		p = append(p, tokSpan{x.Start, x.End})
	}
	addTokenCounts(&s.Sentences, matchTokSpans(g, p))
	return nil
}

// Write prints the two scores as percentages.
func (s *TokenScore) Write(w io.Writer) error {
	for _, r := range []struct {
		name string
		c    Counts
	}{{"tokens", s.Tokens}, {"sentences", s.Sentences}} {
		_, err := fmt.Fprintf(w, "%-10s P %6.2f  R %6.2f  F1 %6.2f  (gold %d, predicted %d, correct %d)\n",
			r.name, 100*r.c.Precision(), 100*r.c.Recall(), 100*r.c.F1(), r.c.TP+r.c.FN, r.c.TP+r.c.FP, r.c.TP)
		if err != nil {
			return err
		}
	}
	return nil
}

// addTokenCounts adds d to c.
func addTokenCounts(c *Counts, d Counts) {
	c.TP += d.TP
	c.FP += d.FP
	c.FN += d.FN
}

// tokSpan is a byte span, end exclusive.
type tokSpan struct{ start, end int }

func compareTokSpans(a, b tokSpan) int {
	if c := cmp.Compare(a.start, b.start); c != 0 {
		return c
	}
	return cmp.Compare(a.end, b.end)
}

// matchTokSpans counts the spans of pred that equal a span of gold, each gold
// span matching at most once. It sorts both slices.
func matchTokSpans(gold, pred []tokSpan) Counts {
	slices.SortFunc(gold, compareTokSpans)
	slices.SortFunc(pred, compareTokSpans)
	var c Counts
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		switch compareTokSpans(gold[i], pred[j]) {
		case 0:
			c.TP++
			i++
			j++
		case -1:
			c.FN++
			i++
		default:
			c.FP++
			j++
		}
	}
	c.FN += len(gold) - i
	c.FP += len(pred) - j
	return c
}

// TokenMismatch is a stretch of text where predicted and gold tokens
// disagree, for error analysis.
type TokenMismatch struct {
	Start, End int
	Gold, Pred []string
}

// TokenMismatches lists the stretches of the text where the tokens of pred
// and gold differ. Each stretch runs between two tokSpan where both
// tokenizations have a boundary.
func TokenMismatches(gold, pred *sitrep.Document) []TokenMismatch {
	var out []TokenMismatch
	i, j := 0, 0
	for i < len(gold.Tokens) && j < len(pred.Tokens) {
		g, p := gold.Tokens[i], pred.Tokens[j]
		if g.Start == p.Start && g.End == p.End {
			i++
			j++
			continue
		}
		m := TokenMismatch{Start: min(g.Start, p.Start)}
		end := max(g.End, p.End)
		m.Gold = append(m.Gold, gold.TokenText(i))
		m.Pred = append(m.Pred, pred.TokenText(j))
		i++
		j++
		for {
			for i < len(gold.Tokens) && gold.Tokens[i].Start < end {
				end = max(end, gold.Tokens[i].End)
				m.Gold = append(m.Gold, gold.TokenText(i))
				i++
			}
			for j < len(pred.Tokens) && pred.Tokens[j].Start < end {
				end = max(end, pred.Tokens[j].End)
				m.Pred = append(m.Pred, pred.TokenText(j))
				j++
			}
			if (i == len(gold.Tokens) || gold.Tokens[i].Start >= end) && (j == len(pred.Tokens) || pred.Tokens[j].Start >= end) {
				break
			}
		}
		m.End = end
		out = append(out, m)
	}
	return out
}
