package coder_test

import (
	"testing"

	"sitrep/coder"
)

// keptForcesStories: forces a party will keep in another country are its
// military presence there (074); a standing presence told as background
// is not coded
// (fifteenth session, fresh18). Made-up stories.
var keptForcesStories = []story{
	{"troops a party would keep in a named country",
		"NAIROBI, March 4 (Sitrep) — Tanzania would keep its soldiers in Mozambique until the end of the year, the defence minister said on Tuesday.",
		[]string{"TZA>MOZ 074"}, nil},
	{"advisers a party could keep in a named city",
		"WASHINGTON, March 4 (Sitrep) — Britain could keep some military trainers in Kenya after the joint programme ends, officials said on Tuesday.",
		[]string{"GBR>KEN 074"}, nil},
	{"forces kept where the in-phrase names no country",
		"MOGADISHU, March 4 (Sitrep) — After talks with Somalia, Kenya would keep its extra police officers in the capital until June, the minister said.",
		nil, []string{"KEN>SOM 074"}},
}

// standingPresenceStories are what the guard stops.
var standingPresenceStories = []story{
	{"a standing presence told as background",
		"PARIS, March 4 (Sitrep) — Belgium, which keeps about 800 soldiers in Mali, said on Tuesday that it had not been told of the plan.",
		nil, []string{"BEL>MLI 074"}},
	{"a standing presence in the present tense",
		"DOHA, March 4 (Sitrep) — Turkey keeps about 3,000 troops in Qatar under a 2014 agreement, and the two leaders met on Tuesday.",
		nil, []string{"TUR>QAT 074"}},
}

// TestKeptForces runs the stories through the whole pipeline.
func TestKeptForces(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, keptForcesStories)
	runStories(t, p, standingPresenceStories)
}

// TestKeptForcesOff: with the guard off, a standing presence comes back.
func TestKeptForcesOff(t *testing.T) {
	comesBackWithout(t, coder.KeptForcesModal, standingPresenceStories)
}
