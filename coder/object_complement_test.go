package coder_test

import "testing"

// TestObjectReadAsComplement: an entry's object noun that the parse reads
// as a complement of a verb with no object still meets the entry's
// condition; an infinitive does not.
func TestObjectReadAsComplement(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"regret expressed over a death",
			"TASHKENT, May 27 (Sitrep) — Uzbekistan expressed regret over the death of a Tajik border guard on Monday.",
			[]string{"UZB>TJK 018"}, nil},
	}
	runStories(t, p, cases)
}
