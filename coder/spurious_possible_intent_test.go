package coder_test

import (
	"testing"

	"sitrep/coder"
)

// possibleIntentStories raise an intent to cooperate as a mere
// possibility, "could" or "might" on its own verb: no 03 event (spur17).
// Made-up stories.
var possibleIntentStories = []story{
	{"might offer aid",
		"PRETORIA, June 2 (Sitrep) — South Africa said on Monday it might offer emergency support to Mozambique if the floods spread.",
		nil, []string{"ZAF>MOZ 033"}},
	{"could invite",
		"SINGAPORE, June 2 (Sitrep) — Singapore could invite Malaysia to join the new trade zone later, its trade minister said on Monday.",
		nil, []string{"SGP>MYS 036"}},
}

// statedIntentStories state the willingness: the 03 event stays.
var statedIntentStories = []story{
	{"offered aid",
		"PRETORIA, June 2 (Sitrep) — South Africa offered emergency support to Mozambique on Monday after the floods.",
		[]string{"ZAF>MOZ 033"}, nil},
	{"ready for talks under a condition",
		"ALGIERS, June 2 (Sitrep) — Algeria said on Monday it was ready for talks with Mali if the attacks on its border stopped.",
		[]string{"DZA>MLI 036"}, nil},
}

// TestPossibleIntent runs the stories through the whole pipeline.
func TestPossibleIntent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, possibleIntentStories)
	runStories(t, p, statedIntentStories)
}

// TestPossibleIntentOff: with the rule off, the possible intents come
// back.
func TestPossibleIntentOff(t *testing.T) {
	comesBackWithout(t, coder.PossibleIntent, possibleIntentStories)
}
