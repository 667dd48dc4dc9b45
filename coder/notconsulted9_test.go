package coder_test

import (
	"testing"

	"sitrep"
)

// TestNotConsulted: "had not been consulted", "had not been told of the
// plan in advance", agentless negated passives, are the story's other
// main side not consulting or informing the passive's subject, one way
// and negated (docs/events.md, "Ninth session, fifth wave: negated
// consultation and notification"). Made-up stories.
func TestNotConsulted(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a pronoun not consulted",
			"VIENTIANE, May 28 (Sitrep) — Vietnam began building a dam on the Mekong river on Monday, close to the border with Laos. Laos's government said it had not been consulted and warned of damage to its fisheries.",
			[]string{"VNM>LAO 040 negated"}, []string{"LAO>VNM 040 negated", "LAO>VNM 040 occurred"}},
		{"told of the plan in advance",
			"HANOI, May 28 (Sitrep) — Cambodia closed its border with Thailand on Monday after a clash between soldiers. Thai officials said Bangkok had not been told of the closure in advance.",
			[]string{"KHM>THA 064 negated"}, []string{"THA>KHM 064 negated"}},
		{"told without the act it was due for",
			"HANOI, May 28 (Sitrep) — Cambodia closed its border with Thailand on Monday after a clash between soldiers. Thai officials said Bangkok had not been told in advance.",
			nil, []string{"KHM>THA 064 negated"}},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
	})
}
