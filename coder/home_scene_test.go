package coder_test

import "testing"

// TestForceAtHomeScene: force whose target the sentence does not give,
// used at a place of the doer's own country, is used at home (X>X), not
// against the story's other side or people placed only by the dateline
// (the ninth session's guessed targets in docs/events.md). Made-up
// stories through the whole pipeline.
func TestForceAtHomeScene(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a bombing in a region of the doer's own country, told from abroad, is at home",
			"BANGKOK, June 3 (Sitrep) — Thailand urged Myanmar to end the fighting near the border on Monday.\n\nVillagers said army jets bombed a market in Sagaing region on Sunday, killing six people.",
			[]string{"MMR>MMR 195"}, []string{"MMR>THA 195"}},
		{"soldiers surrounding a hotel in their own country's town aim at no dateline crowd",
			"NAIROBI, June 3 (Sitrep) — Kenya urged South Sudan's leaders on Monday to return to talks.\n\nSouth Sudanese soldiers surrounded a hotel in Malakal on Sunday, residents said.",
			[]string{"SSD>SSD 191"}, []string{"SSD>KEN 191"}},
		{"a police raid in the police's own province is not against the story's other country",
			"HANOI, June 3 (Sitrep) — Vietnam and Laos signed a trade agreement on Monday.\n\nLao police raided a warehouse in Vientiane province on Sunday.",
			[]string{"LAO>LAO 170"}, []string{"LAO>VNM 170"}},
		{"a bombing in the other country's province stays against it",
			"ISLAMABAD, June 3 (Sitrep) — Pakistan accused Afghanistan on Monday of sheltering militants.\n\nPakistani jets bombed a village in Afghanistan's Khost province on Sunday, residents said.",
			[]string{"PAK>AFG 195"}, []string{"PAK>PAK 195"}},
	}
	runStories(t, p, cases)
}
