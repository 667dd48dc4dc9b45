package coder_test

import "testing"

// TestRootChoices holds events found on the right trigger but once coded
// with the wrong CAMEO root (docs/events.md, "Fourteenth pass: actors and
// roots of events found"). Made-up stories through the whole pipeline.
func TestRootChoices(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"solidarity expressed with a country is support for it (051), not sympathy (018)",
			"Kenya's foreign ministry expressed solidarity with Ghana on Monday after floods struck Accra.",
			[]string{"KEN>GHA 051"}, []string{"KEN>GHA 018"}},
		{"condolences are still sympathy",
			"Kenya's foreign ministry expressed condolences to Ghana on Monday after floods struck Accra.",
			[]string{"KEN>GHA 018"}, nil},
		{"criticism rejected is an accusation denied (016), not a rejection (12)",
			"Ghana accused Togo on Monday of harbouring smugglers. Togo's foreign ministry rejected the criticism on Tuesday.",
			[]string{"TGO>GHA 016"}, []string{"TGO>GHA 120"}},
		{"a pretext rejected is a claim denied",
			"Ghana closed its border with Togo, citing smuggling. Togo's foreign ministry rejected the pretexts given for the decision.",
			[]string{"TGO>GHA 016"}, []string{"TGO>GHA 120"}},
		{"money pledged by its sum in dollars is the aid itself (07), planned, not a bare intent (030)",
			"SUVA, March 4 (Sitrep) — A cyclone destroyed thousands of homes in Fiji. Japan pledged $200 million on Monday to help Fiji rebuild.",
			[]string{"JPN>FJI 070"}, []string{"JPN>FJI 030"}},
		{"visa-free entry suspended is movement restricted (191), not relations reduced (160)",
			"BELGRADE, May 28 (Sitrep) — Serbia suspended visa-free entry for Albanian citizens on Monday after clashes near the border.",
			[]string{"SRB>ALB 191"}, []string{"SRB>ALB 160"}},
		{"talks a leader wants to hold are an offer of talks (036), made now, not talks (046)",
			"NAIROBI, May 28 (Sitrep) — Kenya recalled its ambassador from Uganda on Monday. President William Ruto said he still wanted to hold talks with Uganda's president.",
			[]string{"KEN>UGA 036"}, []string{"KEN>UGA 046"}},
	}
	runStories(t, p, cases)
}
