package coder_test

import "testing"

// TestFrames22Rows checks the seventeenth session's frames from real wire
// copy (frames22): declining to discuss or to provide details (011, as
// declining to say), tariffs put on a party (163, as imposed), a blockade
// extended to a party's port (191). Made-up stories; each wanted event
// fails without its row (checked by removing it from lexicon.tsv).
func TestFrames22Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"declined to discuss",
			"ANKARA, May 27 (Sitrep) — A Turkish foreign ministry spokesman declined to discuss the proposal on Monday.",
			[]string{"TUR>- 011"}, nil},
		{"declined to provide details",
			"MOSCOW, May 27 (Sitrep) — A Kremlin spokesman declined to provide details on Monday.",
			[]string{"RUS>- 011"}, nil},
		{"put tariffs on",
			"WASHINGTON, May 27 (Sitrep) — The United States is putting new tariffs on Chinese steel, the Commerce Department said on Monday.",
			[]string{"USA>CHN 163"}, nil},
		{"extend a blockade",
			"RIYADH, May 27 (Sitrep) — The Saudi-led coalition said on Monday it would extend its naval blockade to the Yemeni port of Hodeidah.",
			[]string{"SAU>YEM 191"}, nil},
	})
}
