package coder_test

import (
	"testing"

	"sitrep/coder"
)

// accessionStories tell of talks on a country's joining a bloc, in
// stories whose sides are two countries or two candidates: the talks are
// the candidate's with the bloc, not between the countries (eleventh
// session, visit14). Made-up stories.
var accessionStories = []story{
	{"talks on joining, threatened by a neighbour",
		"SOFIA, June 2 (Sitrep) — Bulgaria warned North Macedonia on Monday that it would block progress in Skopje's talks on joining the European Union if the constitution was not changed. North Macedonia's prime minister rejected the demand.",
		[]string{"BGR>MKD 130"}, []string{"BGR>MKD 046", "MKD>BGR 046"}},
	{"accession talks with two candidates",
		"BRUSSELS, June 2 (Sitrep) — European Union leaders agreed on Thursday to open accession talks with Georgia and Armenia, a step Hungary had threatened to block. Georgia's prime minister welcomed the decision.",
		nil, []string{"GEO>ARM 046", "ARM>GEO 046"}},
}

// blocTalksStories keep membership talks with the bloc itself.
var blocTalksStories = []story{
	{"membership negotiations with the bloc",
		"BRUSSELS, June 2 (Sitrep) — The European Union agreed on Tuesday to open membership negotiations with Montenegro, and Montenegro's prime minister thanked the bloc.",
		[]string{"IGOEUREEC>MNE 046", "MNE>IGOEUREEC 046"}, nil},
}

// TestAccessionTalks runs the stories through the whole pipeline.
func TestAccessionTalks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, accessionStories)
	runStories(t, p, blocTalksStories)
}

// TestAccessionTalksOff: with the rule off, the countries' pair comes
// back.
func TestAccessionTalksOff(t *testing.T) {
	comesBackWithout(t, coder.AccessionTalks, accessionStories)
}
