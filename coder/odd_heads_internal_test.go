package coder

import "testing"

// TestOddHeadsNoPanic: review23 finding 1. A word the parse hangs on the
// dateline, outside the sentence or on itself has head -1; the rules
// that read such a word's head must check it before reading the head's
// relation or children.
func TestOddHeadsNoPanic(t *testing.T) {
	t.Run("that-clause with no head (speechBesideObl)", func(t *testing.T) {
		// "that U.S. meddled", the clause labelled acl but hung on
		// nothing: no oblique, no speech verb.
		s := handSent(t, "that/that/3/mark/SCONJ U.S./U.S./3/nsubj/PROPN meddled/meddle/0/acl/VERB")
		if v := s.speechBesideObl(2); v != -1 {
			t.Errorf("speechBesideObl = %d, want -1", v)
		}
	})
	t.Run("quoted verdict labelled conj with no head (codeSentence)", func(t *testing.T) {
		// "\"is unacceptable,\" the minister said", the verdict a conjunct
		// of nothing: its subject is not looked for under a head.
		s := handSent(t, "\"/\"/3/punct/PUNCT is/be/3/cop/AUX unacceptable/unacceptable/0/conj/ADJ ,/,/3/punct/PUNCT \"/\"/3/punct/PUNCT "+
			"the/the/7/det/DET minister/minister/8/nsubj/NOUN said/say/3/parataxis/VERB ././3/punct/PUNCT")
		c, err := New()
		if err != nil {
			t.Fatal(err)
		}
		c.codeSentence(s) // must not panic
	})
}
