package coder_test

import (
	"testing"

	"sitrep/coder"
)

// guideBodyStories: bodies outside the gold guide's actor table (the OAS,
// the CSTO) are coded like those in it: the guide limits what its coders
// annotate, not what a user of the coder is told (guide14 dropped them;
// the drop was reverted). Made-up stories.
var guideBodyStories = []story{
	{"an appeal by a regional body outside the table",
		"LIMA, June 2 (Sitrep) — Peru closed its border with Bolivia on Saturday. The Organization of American States urged Peru to reopen the crossing.",
		[]string{"IGOOAS>PER 020"}, nil},
	{"a country leaving a bloc outside the table",
		"YEREVAN, June 2 (Sitrep) — Armenia said on Sunday it would leave the Collective Security Treaty Organization, accusing it of failing to defend the country.",
		[]string{"ARM>IGOCASCST 160", "ARM>IGOCASCST 112"}, nil},
	{"a warning to ECOWAS, an appeal of the UN and NATO's criticism",
		"NIAMEY, June 2 (Sitrep) — Niger's junta warned ECOWAS on Sunday against any military intervention. The United Nations urged the junta to release the president, and NATO criticised Niger.",
		[]string{"NER>IGOWAFWAS 130", "IGOUNO>NER 0253", "IGOWSTNAT>NER 111"}, nil},
}

// TestGuideBodies runs the stories through the whole pipeline.
func TestGuideBodies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), guideBodyStories)
}

// protestHomeStories: a crowd's protest whose own frame names no foreign
// actor is against its own authorities (the guide's domestic acts), even
// when the doers' relative clause or another clause names one; a foreign
// actor in the protest's frame stays its target. Made-up stories.
var protestHomeStories = []story{
	{"a foreign country named in the protesters' relative clause",
		"YEREVAN, June 2 (Sitrep) — Opposition groups, who accuse the prime minister of abandoning Russia's protection, held a rally in Yerevan on Sunday.",
		[]string{"ARM>ARM 141"}, []string{"ARM>RUS 141"}},
	{"a foreign country named in the clause the protest hangs on",
		"NAIROBI, June 2 (Sitrep) — Kenya signed a defence pact with the United States on Friday, as students in Mombasa protested against the deal for a second day.",
		[]string{"KEN>KEN 141"}, []string{"KEN>USA 141"}},
}

// protestFrameKept: the protest's own frame still gives its target.
var protestFrameKept = []story{
	{"troops whose leaving the rally demands",
		"NIAMEY, June 2 (Sitrep) — Thousands of people rallied in Niamey on Sunday to demand that French troops leave the country.",
		[]string{"NER>FRA 141"}, []string{"NER>NER 141"}},
}

// TestProtestsAtHome runs the stories through the whole pipeline.
func TestProtestsAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, protestHomeStories)
	runStories(t, p, protestFrameKept)
}

// TestProtestsAtHomeOff: with the rule off, the foreign target comes back.
func TestProtestsAtHomeOff(t *testing.T) {
	comesBackWithout(t, coder.ProtestsAtHome, protestHomeStories)
}
