package coder_test

import "testing"

// TestViolatingAct: "said that the attack violated its sovereignty",
// "wrote that Uganda's unilateral measures violated international law", with the
// verb read as a participle of the act's noun: the speaker accuses the
// act's doer (docs/events.md, "Tenth session: verbal10"). Made-up
// stories.
func TestViolatingAct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"the attack violated",
			"HANOI, May 28 (Sitrep) — Chinese coast guard vessels rammed a Vietnamese fishing boat near the Paracel Islands on Sunday. A Vietnamese foreign ministry spokesman said on Tuesday that the attack \"seriously violated Vietnam's sovereignty\" and demanded that China compensate the crew.",
			[]string{"VNM>CHN 112"}, nil},
		{"the steps violated",
			"NAIROBI, May 28 (Sitrep) — Kenya's foreign minister wrote that Uganda's unilateral measures violated international law.",
			[]string{"KEN>UGA 112"}, nil},
	})
}
