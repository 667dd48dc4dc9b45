package coder_test

import "testing"

// TestInternetCut: the internet cut, suspended or restricted at home is a
// restriction of the media (1721), like blocking websites (docs/events.md,
// "Seventh session: common frames that do not fit"). Made-up stories
// through the whole pipeline; each fails with the rows taken out of
// lexicon.tsv.
func TestInternetCut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"mobile internet cut",
			"KHARTOUM, June 3 (Sitrep) — Sudan's government cut mobile internet across the country on Monday.",
			[]string{"SDN>SDN 1721"}, nil},
		{"mobile internet suspended",
			"DAKAR, June 3 (Sitrep) — The Senegalese government suspended mobile internet in Dakar on Monday.",
			[]string{"SEN>SEN 1721"}, nil},
	}
	runStories(t, p, cases)
}
