package coder_test

import "testing"

// idiom28RowStories: stock phrases of political English (nineteenth
// session, idiom28). Made-up stories; each wanted event is missed by the
// lexicon without the rows.
var idiom28RowStories = []story{
	{"declined comment",
		"ANKARA — Turkey's foreign ministry declined comment on the Greek report on Monday.",
		[]string{"TUR>- 011"}, nil},
	{"reiterated a request",
		"ANKARA — Turkey's president reiterated his request that Sweden hand over the suspects.",
		[]string{"TUR>SWE 020"}, nil},
	{"sent congratulations",
		"HANOI — Vietnam's president sent congratulations to the new Laotian prime minister on Tuesday.",
		[]string{"VNM>LAO 051"}, nil},
	{"cut duties",
		"OTTAWA — Canada cut duties on Mexican steel on Thursday.",
		[]string{"CAN>MEX 085"}, nil},
	{"slashed tariffs",
		"NEW DELHI — India slashed tariffs on Australian wine on Wednesday.",
		[]string{"IND>AUS 085"}, nil},
	{"approved an arms sale",
		"WASHINGTON — The U.S. State Department approved the sale of fighter jets to Poland on Monday.",
		[]string{"USA>POL 072"}, nil},
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
