package coder_test

import "testing"

// TestSpuriousNinth holds classes of events the coder made up where the
// gold guide codes none (docs/events.md, "Ninth session: precision").
// Made-up stories through the whole pipeline.
func TestSpuriousNinth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a casualty participle tells the toll of the strike it hangs on, no second act",
			"BEIRUT, May 28 (Sitrep) — An Israeli drone struck a car near the Lebanese town of Tyre on Monday, killing two Hezbollah members, the Lebanese army said.",
			[]string{"ISR>LBN 190"}, []string{"LBN>LBN 190"}},
		{"nor of fire a boat came under",
			"YANGON, May 28 (Sitrep) — A Thai patrol boat came under fire near the Myanmar coast on Sunday, injuring two sailors, the Thai navy said.",
			nil, []string{"THA>THA 190"}},
		{"a killing with its own subject is still an act",
			"BEIRUT, May 28 (Sitrep) — Israeli troops killed two Hezbollah members near the Lebanese town of Tyre on Monday.",
			[]string{"ISR>LBN 190"}, nil},
	}
	runStories(t, p, cases)
}
