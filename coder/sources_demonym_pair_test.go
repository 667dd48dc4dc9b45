package coder_test

import (
	"testing"

	"sitrep/coder"
)

// demonymPairStories: a subject named only by two country adjectives
// joined by "and" is both countries; a meeting with no object is then
// between them (fifteenth session, discuss19). Made-up stories.
var demonymPairStories = []story{
	{"adjectives coordinated, a meeting planned",
		"RIGA, June 2 (Sitrep) — Latvia accused Estonia of delaying a rail link on Monday. Latvian and Estonian engineers will meet again in Tallinn next month, the ministry said.",
		[]string{"LVA>EST 040", "EST>LVA 040"}, nil},
	{"the second adjective hung on the head noun",
		"CHISINAU, June 2 (Sitrep) — Moldova accused Romania of delaying a bridge on Monday. Moldovan and Romanian border commissions will meet again next week, it said.",
		[]string{"MDA>ROU 040", "ROU>MDA 040"}, nil},
	{"either one is no pair",
		"RIGA, June 2 (Sitrep) — Latvia accused Estonia of delaying a rail link on Monday. Officials said Latvian or Estonian inspectors would meet next week.",
		nil, []string{"LVA>EST 040", "EST>LVA 040"}},
}

// TestDemonymPair runs the stories through the whole pipeline.
func TestDemonymPair(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), demonymPairStories)
}

// TestDemonymPairOff: with the rule off, the meetings have no target.
func TestDemonymPairOff(t *testing.T) {
	failsWithout(t, coder.DemonymPair, []offCase{
		{demonymPairStories[0].text, demonymPairStories[0].want[0]},
		{demonymPairStories[1].text, demonymPairStories[1].want[0]},
	})
}
