package coder_test

import (
	"testing"

	"sitrep/coder"
)

// nounOwnerStories tell a meeting or a trip whose parties are named
// outside the noun's own possessor (noun27). Made-up stories.
var nounOwnerStories = []story{
	{"a trip ended in a gerund",
		"Kenyan President William Ruto spoke to reporters on Friday shortly before ending a two-day trip to Ghana.",
		[]string{"KEN>GHA 042", "GHA>KEN 043"}, nil},
	{"a meeting between two sides told by adjectives",
		"Fishing quotas were the main subject of a day of annual meetings in Oslo between senior Norwegian and Icelandic officials.",
		[]string{"NOR>ISL 040", "ISL>NOR 040"}, nil},
}

// nounOwnerNoPairStories: a meeting told as the setting of another act,
// and a between-phrase naming one side only.
var nounOwnerNoPairStories = []story{
	{"a meeting as a setting, between one side's officials",
		"The plan was drawn up at a meeting in Lima between senior Peruvian officials on Tuesday.",
		nil, []string{"PER>PER 040"}},
}

// TestNounOwner runs the stories through the whole pipeline.
func TestNounOwner(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, nounOwnerStories)
	runStories(t, p, nounOwnerNoPairStories)
}

// TestNounOwnerOff: with each rule off, its event is gone.
func TestNounOwnerOff(t *testing.T) {
	failsWithout(t, coder.VisitEndedByGerund, []offCase{
		{nounOwnerStories[0].text, "KEN>GHA 042"},
	})
	failsWithout(t, coder.MeetingBetween, []offCase{
		{nounOwnerStories[1].text, "NOR>ISL 040"},
	})
}
