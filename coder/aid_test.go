package coder_test

import "testing"

// TestThirteenthPassAid holds the thirteenth pass's aid and yielding
// rules, described in docs/events.md. Made-up stories through the
// whole pipeline.
func TestThirteenthPassAid(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an alliance deploying troops to a country sends protection (074), not a threat (154)",
			"SKOPJE, March 4 (Sitrep) — NATO said on Friday it would deploy 400 more troops to North Macedonia after riots near the border.",
			[]string{"IGOWSTNAT>MKD 074"}, []string{"IGOWSTNAT>MKD 154"}},
		{"a regional body sending soldiers to a member is peacekeeping",
			"NAIROBI, May 9 (Sitrep) — The African Union will send 2,000 soldiers to Somalia next month, the bloc said on Tuesday.",
			[]string{"IGOAFRAU>SOM 074"}, []string{"IGOAFRAU>SOM 154"}},
	}
	runStories(t, p, cases)
}
