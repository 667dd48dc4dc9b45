package coder_test

import "testing"

// TestSpuriousEvents holds classes of events the coder made up where the
// gold guide codes none (docs/events.md, "Fourteenth pass: spurious
// events"). Made-up stories through the whole pipeline.
func TestSpuriousEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a visit's purpose the parse hung on the reporting verb is the visit, not a meeting of its own",
			"A Chilean envoy, Pablo Reyes, will visit Lima on Wednesday to meet the interim leaders, the Chilean foreign ministry said.",
			[]string{"CHL>PER 042", "PER>CHL 043"}, []string{"CHL>PER 040", "PER>CHL 040"}},
		{"what a demanded act is done for has not happened either",
			"Hungary demanded again that Slovakia amend its language law to recognise its Hungarian minority.",
			[]string{"HUN>SVK 100"}, []string{"SVK>HUN 054", "HUN>SVK 054", "SVK>SVK 054"}},
		{"a refusal to comment that names no topic is aimed at no one",
			"Chile recalled its ambassador from Lima on Monday. Peru's foreign ministry declined to comment.",
			[]string{"PER>- 011"}, []string{"PER>CHL 011"}},
		{"a refusal to comment on something keeps the story's other side as target",
			"Chile recalled its ambassador from Lima on Monday. Peru's foreign ministry declined to comment on the decision.",
			[]string{"PER>CHL 011"}, nil},
		{"a host of talks between two other parties mediates toward each, it is no visit of theirs",
			"Kenya hosted talks between Ethiopia and Somalia in Nairobi on Monday.",
			[]string{"KEN>ETH 045", "KEN>SOM 045", "ETH>SOM 046", "SOM>ETH 046"}, []string{"ETH>KEN 042", "SOM>KEN 042", "KEN>ETH 043"}},
		{"a step a deal still must pass is neither done nor set for a day",
			"SANTIAGO, May 28 (Sitrep) — Chile and Peru held talks on Thursday on their maritime border, hours after a court lifted an injunction.\n\nChile welcomed the outcome and Peru praised it.\n\nA treaty must still be ratified by both parliaments before it takes effect.",
			[]string{"CHL>PER 046"}, []string{"CHL>PER 057", "PER>CHL 057"}},
		{"relations restored by a pair that signed a deal that day are the signing, one act",
			"Chile and Peru restored diplomatic relations on Monday. The two foreign ministers signed a declaration restoring ties in Lima.",
			[]string{"CHL>PER 057", "PER>CHL 057"}, []string{"CHL>PER 050", "PER>CHL 050"}},
	}
	runStories(t, p, cases)
}
