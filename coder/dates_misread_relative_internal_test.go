package coder

import "testing"

// TestMisreadRelativeOblique: review23 finding 3. A that-clause the parse
// hangs as a relative clause on the oblique of a speech verb ("said in a
// statement ... that Israel would pay") is the said clause, for dates as
// for the judgements told (speechBesideObl); a true relative clause on
// a noun that no speech verb governs is not.
func TestMisreadRelativeOblique(t *testing.T) {
	cases := []struct {
		name, parse string
		want        bool
	}{
		{"on the oblique of 'said'",
			"Hezbollah/Hezbollah/2/nsubj/PROPN said/say/0/root/VERB in/in/5/case/ADP a/a/5/det/DET statement/statement/2/obl/NOUN " +
				"on/on/7/case/ADP Sunday/Sunday/2/obl/PROPN that/that/11/mark/SCONJ Israel/Israel/11/nsubj/PROPN would/would/11/aux/AUX pay/pay/5/acl:relcl/VERB", true},
		{"on the oblique of another verb",
			"Hezbollah/Hezbollah/2/nsubj/PROPN fired/fire/0/root/VERB in/in/5/case/ADP a/a/5/det/DET raid/raid/2/obl/NOUN " +
				"on/on/7/case/ADP Sunday/Sunday/2/obl/PROPN that/that/11/mark/SCONJ Israel/Israel/11/nsubj/PROPN would/would/11/aux/AUX pay/pay/5/acl:relcl/VERB", false},
	}
	for _, c := range cases {
		s := handSent(t, c.parse, 7)
		if got := s.misreadRelative(&s.doc.Timexes[0], 10); got != c.want {
			t.Errorf("%s: misreadRelative = %v, want %v", c.name, got, c.want)
		}
	}
}
