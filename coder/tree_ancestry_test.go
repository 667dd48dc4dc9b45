package coder

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep"
)

// walkUnder is the walk up the heads that hangsUnder answers without.
func walkUnder(s *sent, k, a, maxSteps int) bool {
	for steps := 0; k >= 0 && (maxSteps < 0 || steps <= maxSteps); k, steps = s.head(k), steps+1 {
		if k == a {
			return true
		}
	}
	return false
}

// TestAncestryAgreesWithWalk: on trees of several shapes, including
// a dateline whose words head their own trees, the numbered tree
// answers as the walk up the heads does, with and without a step limit.
func TestAncestryAgreesWithWalk(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"flat", "Chile/Chile/PROPN/2/nsubj held/hold/VERB/0/root talks/talk/NOUN/2/obj with/with/ADP/5/case Peru/Peru/PROPN/2/obl ././PUNCT/2/punct"},
		{"clause under clause", "Oslo/Oslo/PROPN/2/nsubj said/say/VERB/0/root Chile/Chile/PROPN/4/nsubj met/meet/VERB/2/ccomp Peru/Peru/PROPN/4/obj while/while/SCONJ/8/mark Bolivia/Bolivia/PROPN/8/nsubj waited/wait/VERB/4/advcl ././PUNCT/2/punct"},
		{"dateline", "LIMA/Lima/PROPN/4/nsubj --/--/PUNCT/1/punct Chile/Chile/PROPN/4/nsubj met/meet/VERB/0/root Peru/Peru/PROPN/4/obj ././PUNCT/4/punct"},
		{"chain", chain(30)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parsed(t, tc.src)
			s := newSent(d, 0)
			for k := s.from; k < s.to; k++ {
				for a := s.from; a < s.to; a++ {
					if got, want := s.hangsUnder(k, a), walkUnder(s, k, a, -1); got != want {
						t.Errorf("hangsUnder(%d, %d) = %v, the walk says %v", k, a, got, want)
					}
					if got, want := s.below(k, a), walkUnder(s, k, a, 19); got != want {
						t.Errorf("below(%d, %d) = %v, the walk says %v", k, a, got, want)
					}
				}
			}
		})
	}
}

// chain is a run-on sentence of n verbs, each the conjunct of the one
// before: a tree n deep.
func chain(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		head, rel := i-1, "conj"
		if i == 1 {
			rel = "root"
		}
		fmt.Fprintf(&b, "met/meet/VERB/%d/%s ", head, rel)
	}
	fmt.Fprintf(&b, "././PUNCT/1/punct")
	return b.String()
}

// TestTriggerClauseOnRunOnSentence: asking whether each word of a
// run-on sentence a few thousand clauses deep lies in another's clause
// walked the whole chain each time, minutes for one such article
// (review34 finding 1); numbered once, the questions are cheap.
func TestTriggerClauseOnRunOnSentence(t *testing.T) {
	d := parsed(t, chain(2000))
	s := newSent(d, 0)
	start := time.Now()
	for k := s.from; k < s.to-1; k++ {
		m := &sitrep.ActorMention{Span: sitrep.Span{Start: d.Tokens[k].Start, End: d.Tokens[k].End}}
		for i := s.from; i < s.to-1; i += 2 {
			s.inTriggerClause(m, i)
		}
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("2000×1000 clause questions took %v", el)
	}
}
