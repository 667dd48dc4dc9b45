package coder_test

import (
	"testing"

	"sitrep/coder"
)

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

// ultimatumTermStories state an ultimatum's terms in a participle that the
// parse hangs on the verb: one event, the ultimatum (root26).
var ultimatumTermStories = []story{
	{"the demand stating an ultimatum's terms is the ultimatum",
		"Egypt issued an ultimatum on Saturday on behalf of its allies demanding that Sudan withdraw from the border.",
		[]string{"EGY>SDN 139"}, []string{"EGY>SDN 100"}},
}

// mainClauseDemandStories: a demand of the main verb, after an ultimatum
// told in a relative clause of the subject, is not the ultimatum's terms
// (mend18): the climb stops at the relative clause.
var mainClauseDemandStories = []story{
	{"the ultimatum in a relative clause, the demand the main verb's",
		"Egypt, which issued an ultimatum to Sudan last week, met Ethiopian officials on Monday, demanding that Ethiopia release the prisoners.",
		[]string{"EGY>SDN 139", "EGY>ETH 1053"}, nil},
}

// TestUltimatumTerms runs the stories through the whole pipeline.
func TestUltimatumTerms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, ultimatumTermStories)
	runStories(t, p, mainClauseDemandStories)
}

// TestUltimatumTermsOff: with the rule off, the demand is coded again.
func TestUltimatumTermsOff(t *testing.T) {
	comesBackWithout(t, coder.UltimatumTerms, ultimatumTermStories)
}
