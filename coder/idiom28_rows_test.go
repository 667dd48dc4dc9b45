package coder_test

import "testing"

// idiom28RowStories: stock phrases of political English (nineteenth
// session, idiom28). Made-up stories; each wanted event is missed by the
// lexicon without the rows.
var idiom28RowStories = []story{
	{"cut duties",
		"OTTAWA — Canada cut duties on Mexican steel on Thursday.",
		[]string{"CAN>MEX 085"}, nil},
	{"slashed tariffs",
		"NEW DELHI — India slashed tariffs on Australian wine on Wednesday.",
		[]string{"IND>AUS 085"}, nil},
	{"cancelled a contract",
		"ALGIERS — Algeria cancelled a French company's contract for the new port on Monday.",
		[]string{"DZA>FRA 121"}, nil},
	{"declared persona non grata",
		"CARACAS — Venezuela declared the Guyanese ambassador persona non grata on Monday.",
		[]string{"VEN>GUY 174"}, nil},
	{"used live ammunition on protesters",
		"NAIROBI — Kenya's police used live ammunition against Somali protesters on Tuesday.",
		[]string{"KEN>SOM 175"}, nil},
	{"provided helicopters",
		"BRASILIA — Brazil provided two helicopters to Bolivia for the search on Friday.",
		[]string{"BRA>BOL 070"}, nil},
	{"accepted an offer",
		"RABAT — Morocco accepted an offer of rescue teams from Spain on Saturday.",
		[]string{"MAR>ESP 080"}, nil},
	{"investigators interviewed",
		"NAIROBI — Kenyan police interviewed two Ugandan diplomats about the shooting on Monday.",
		[]string{"KEN>UGA 090"}, nil},
}

// TestIdiom28Rows runs the stories through the whole pipeline. The rows
// cannot be switched off; each story was checked by hand to fail with the
// rows taken out of coder/lexicon.tsv.
func TestIdiom28Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), idiom28RowStories)
}
