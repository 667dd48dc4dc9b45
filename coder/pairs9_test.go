package coder_test

import "testing"

// TestStrandedClauseSubjects: a clause opened by "after", "before",
// "when"... whose subject the parse read as the conjunction's noun (an
// oblique or modifier of the clause before, "on Monday after President
// Putin") takes that noun as its subject, not the main clause's
// (docs/events.md, "Ninth session: the right event with the wrong
// actors"). Made-up stories.
func TestStrandedClauseSubjects(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a leader's accusation after a day named",
			"OSLO, March 3 (Sitrep) — Norway recalled its ambassador from Russia on Monday after President Vladimir Putin accused Oslo of spying on Russian submarines.",
			[]string{"RUS>NOR 112"}, []string{"NOR>NOR 112"}},
		{"a capital's accusation after a bare name",
			"OSLO, March 3 (Sitrep) — Norway recalled its ambassador from Russia after Moscow accused Oslo of spying on Russian submarines.",
			[]string{"RUS>NOR 112"}, []string{"NOR>NOR 112"}},
	}
	runStories(t, p, cases)
}

// TestPairedAdjectiveActors: "Ukrainian and Russian negotiators" are two
// parties (the actor coder makes a mention of each adjective); violence
// shared by two countries' forces is not aimed at the unarmed people of
// either's own country; talks named as the means of something else
// ("came through diplomacy and negotiation") are no meeting. Made-up
// stories.
func TestPairedAdjectiveActors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"talks between two adjectives' delegations",
			"ISTANBUL, May 28 (Sitrep) — Ukrainian and Russian delegations held talks in Istanbul on Monday.",
			[]string{"UKR>RUS 046", "RUS>UKR 046"}, nil},
		{"a call with both sides' officials",
			"WASHINGTON, May 28 (Sitrep) — The State Department said on Monday that it had spoken with both Armenian and Azerbaijani officials.",
			[]string{"USA>ARM 040", "USA>AZE 040"}, nil},
		{"two forces wounding one side's herders",
			"BISHKEK, May 28 (Sitrep) — Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Sai on Monday, wounding three Kyrgyz herders, the border service said.",
			nil, []string{"KGZ>KGZ 190"}},
		{"talks as the means of a release",
			"MANILA, May 28 (Sitrep) — Four Vietnamese sailors held by gunmen were freed on Monday. Vietnam's foreign minister thanked the Philippine government and said the release came through \"diplomacy and negotiation\".",
			nil, []string{"VNM>PHL 046", "PHL>VNM 046"}},
	}
	runStories(t, p, cases)
}
