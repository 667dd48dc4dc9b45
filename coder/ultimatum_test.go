package coder_test

import "testing"

// TestIssuedUltimatum: an ultimatum issued is the codebook's 139 (give
// ultimatum), toward the party after "to"; "issued demands" is no
// ultimatum. The "issue demands" row once listed "ultimatum" too and, earlier
// in the lexicon, won the tie. Made-up stories through the whole pipeline.
func TestIssuedUltimatum(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an ultimatum issued to a party is a 139 toward it",
			"Ghana issued an ultimatum to Togo on Tuesday over the border crossings.",
			[]string{"GHA>TGO 139"}, []string{"GHA>TGO 100"}},
		{"demands issued stay demands",
			"Ghana issued demands to Togo on Tuesday over the border crossings.",
			nil, []string{"GHA>TGO 139"}},
	}
	runStories(t, p, cases)
}
