package coder_test

import "testing"

// TestVerbFormsMisLemmatised: verbs whose base ends in a silent e or in a
// doubled l, which the lemmatiser gets wrong ("rebuked" as "rebuk",
// "annulled" as "annull"), are found by their written form. Made-up
// stories through the whole pipeline.
func TestVerbFormsMisLemmatised(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"a rebuke in the past tense is criticism",
			"The Czech government rebuked Slovakia on Tuesday over the vote.",
			[]string{"CZE>SVK 111"}, nil},
		{"a rebuke told with -ing",
			"Austria issued a statement rebuking Hungary for the decision.",
			[]string{"AUT>HUN 111"}, nil},
		{"a pact annulled",
			"Ecuador annulled the pact with Peru on Monday.",
			[]string{"ECU>PER 160"}, nil},
	})
}

// TestCrowdBlockade: a blockade by boats, farmers or a crowd is a protest
// (144); armed forces blockade (191). The tagger often reads "boats
// blockaded the port" as a participle on "boats"; a participle with an
// object of its own is the past verb, and the noun its subject.
func TestCrowdBlockade(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"boats blockading a port protest",
			"Dozens of Spanish fishing boats blockaded Portugal's main harbour on Friday over the new quotas.",
			[]string{"ESP>PRT 144"}, []string{"ESP>PRT 191"}},
		{"a navy blockading a port uses force",
			"The Turkish navy blockaded the Greek port on Friday.",
			[]string{"TUR>GRC 191"}, nil},
	})
}
