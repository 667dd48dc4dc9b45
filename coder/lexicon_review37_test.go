package coder_test

import "testing"

// review37RowStories: the rows appended for review37's probes: goods
// delivered or shipped to a country (073), supplies halted to one (163).
// Each fails without its row (no event). Made-up stories.
var review37RowStories = []story{
	{"fuel delivered to a country",
		"DOHA, June 2 (Sitrep) — Kuwait delivered fuel to Syria on Monday.",
		[]string{"KWT>SYR 073"}, nil},
	{"vaccines shipped to a country",
		"LONDON, June 2 (Sitrep) — Canada shipped vaccines to Malawi on Monday.",
		[]string{"CAN>MWI 073"}, nil},
	{"supplies halted to a country",
		"MOSCOW, June 2 (Sitrep) — Russia halted gas supplies to Moldova on Monday.",
		[]string{"RUS>MDA 163"}, nil},
}

// TestReview37Rows runs the stories through the whole pipeline.
func TestReview37Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), review37RowStories)
}
