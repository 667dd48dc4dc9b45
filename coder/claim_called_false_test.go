package coder_test

import "testing"

// TestClaimCalledFalse: an accusation called false by a verb of naming is
// denied (016), not criticised (111), also when the parse reads the
// accusation as the subject of the adjective; a decision called
// unacceptable is still criticism.
func TestClaimCalledFalse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"accusations called absurd, a small clause",
			"Poland accused Belarus of sabotage on Monday. The Belarusian foreign ministry called the accusations absurd.",
			[]string{"BLR>POL 016"}, []string{"BLR>POL 111"}},
		{"claims called baseless",
			"Kenya accused Uganda of arming rebels. Uganda called the claims baseless and said it would not respond.",
			[]string{"UGA>KEN 016"}, []string{"UGA>KEN 111"}},
		{"a decision called unacceptable",
			"The Algerian foreign ministry called the decision unacceptable and summoned the French ambassador.",
			[]string{"DZA>FRA 111", "DZA>FRA 114"}, nil},
	}
	runStories(t, p, cases)
}
