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
	}
	runStories(t, p, cases)
}
