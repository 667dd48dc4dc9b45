package parse

import (
	"fmt"
	"strings"

	"sitrep"
)

// Scores are attachment scores as CoNLL 2018 defines them: every word
// counts, punctuation too, and LAS compares only the universal part of the
// relation (nmod for nmod:poss).
type Scores struct {
	Words, Heads, Labeled int
}

// UAS is the percentage of words with the right head.
func (s Scores) UAS() float64 { return pct(s.Heads, s.Words) }

// LAS is the percentage of words with the right head and relation.
func (s Scores) LAS() float64 { return pct(s.Labeled, s.Words) }

func (s Scores) String() string {
	return fmt.Sprintf("UAS %.2f LAS %.2f (%d words)", s.UAS(), s.LAS(), s.Words)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Compare adds the agreement of pred with gold, two analyses of the same
// tokens, to s. Every gold token must have a head and relation: one
// without (a "_" in CoNLL-U) reads as the root and would score a root
// attachment as right, so callers refuse such files (eval.CheckGoldDeps).
func (s *Scores) Compare(gold, pred *sitrep.Document) {
	for i := range gold.Tokens {
		g, p := &gold.Tokens[i], &pred.Tokens[i]
		s.Words++
		if g.Head == p.Head {
			s.Heads++
			if universal(g.Deprel) == universal(p.Deprel) {
				s.Labeled++
			}
		}
	}
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// Evaluate parses a copy of each gold document (its tags as they are) and
// scores the result.
func Evaluate(p *Parser, gold []*sitrep.Document) Scores {
	var s Scores
	for _, g := range gold {
		d := *g
		d.Tokens = append([]sitrep.Token(nil), g.Tokens...)
		p.Process(&d)
		s.Compare(g, &d)
	}
	return s
}
