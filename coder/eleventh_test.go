package coder_test

import "testing"

// TestEleventhPass holds the classes of the eleventh pass (groups and
// parties), described in docs/events.md. Made-up stories through the
// whole pipeline.
func TestEleventhPass(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a verb read as a conjunct of a relative clause acts for every country of the list the clause modifies",
			"ACCRA, March 3 (Sitrep) — Nigeria's army shot down a Ghanaian drone near the border on Saturday. Ghana, Togo and Benin, which formed a customs union after leaving the old regional bloc, recalled their ambassadors from Abuja on Sunday.",
			[]string{"GHA>NGA 161", "TGO>NGA 161", "BEN>NGA 161"}, nil},
		{"the first name of a list subject the parser hung on the phrase before it still acts",
			"NAIROBI, May 4 (Sitrep) — Talks on a customs union broke down last week. In a joint statement on Sunday, Kampala, Dodoma and Kigali accused Kenya of failing to honour a trade agreement.",
			[]string{"UGA>KEN 112", "TZA>KEN 112", "RWA>KEN 112"}, nil},
	}
	runStories(t, p, cases)
}
