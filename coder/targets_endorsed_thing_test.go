package coder_test

import (
	"testing"

	"sitrep/coder"
)

// endorsedThingStories endorse a thing that names no party, in a story
// whose other side is named only earlier: no target is guessed for the
// endorsement (spur28). Made-up stories.
var endorsedThingStories = []story{
	{"a bill supported, the other side named two sentences before",
		"LIMA, May 28 (Sitrep) — Peru closed its border with Chile on Monday. Trade between the two fell sharply in the first week. The Peruvian president supported the new customs bill on Tuesday.",
		nil, []string{"PER>CHL 051"}},
	{"a plan backed, the other side named two sentences before",
		"LIMA, May 28 (Sitrep) — Peru closed its border with Chile on Monday. Trade between the two fell sharply in the first week. The Peruvian president backed the trade plan on Tuesday.",
		nil, []string{"PER>CHL 051"}},
}

// endorsedPartyStories endorse what names its party: the target stays.
var endorsedPartyStories = []story{
	{"a possessor names the party",
		"LIMA, May 28 (Sitrep) — Peru closed its border with Chile on Monday. Trade between the two fell sharply in the first week. The Peruvian president supported Bolivia's customs plan on Tuesday.",
		[]string{"PER>BOL 051"}, nil},
}

// TestEndorsedThing runs the stories through the whole pipeline.
func TestEndorsedThing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, endorsedThingStories)
	runStories(t, p, endorsedPartyStories)
}

// TestEndorsedThingOff: with the rule off, the guessed target comes back.
func TestEndorsedThingOff(t *testing.T) {
	comesBackWithout(t, coder.EndorsedThing, endorsedThingStories)
}
