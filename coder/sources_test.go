package coder_test

import "testing"

// TestSourceChoices holds events found on the right trigger but once
// given the wrong source (docs/events.md, "Fourteenth pass: actors and
// roots of events found"). Made-up stories through the whole pipeline.
func TestSourceChoices(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"police the dateline places, in a story whose lead is about the dateline's country, arrest foreigners at home",
			"SOFIA, May 28 (Sitrep) — Bulgaria closed two border crossings with Greece on Monday after a brawl in the capital. Greek officials protested the closure. Police detained several Greek citizens the same night, and Greek officials called the arrests arbitrary.",
			[]string{"BGR>GRC 173"}, []string{"GRC>GRC 173"}},
		{"the subject of a coordinated verb that the parse hung on the clause before is still its subject",
			"KAMPALA, June 4 (Sitrep) — Ugandan police arrested 40 protesters in Kampala on Tuesday. U.N. Secretary-General Antonio Guterres urged the authorities to show restraint, and 12 European governments, including France and Germany, condemned the arrests in a joint statement.",
			[]string{"FRA>UGA 111", "DEU>UGA 111"}, []string{"IGOUNO>UGA 111"}},
		{"a pronoun subject after an opening adverbial goes on with the subject of the sentence before",
			"BUDAPEST, June 4 (Sitrep) — Hungary closed two crossings with Romania on Friday after a dispute over trucks. On Tuesday it banned Romanian lorries from its roads.",
			[]string{"HUN>ROU 163"}, []string{"ROU>ROU 163"}},
		{"a pronoun subject of a coordinated verb goes on with the subject of the verb it is coordinated with",
			"Japan said on Friday it was suspending fishing talks with South Korea in protest at a visit to the disputed islands, and it imposed sanctions on two Korean lawmakers.",
			[]string{"JPN>KOR 163"}, []string{"KOR>JPN 163"}},
	}
	runStories(t, p, cases)
}
