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
			[]string{"ISR>LBN 195"}, []string{"LBN>LBN 195"}},
		{"nor of fire a boat came under",
			"YANGON, May 28 (Sitrep) — A Thai patrol boat came under fire near the Myanmar coast on Sunday, injuring two sailors, the Thai navy said.",
			nil, []string{"THA>THA 190"}},
		{"a killing with its own subject is still an act",
			"BEIRUT, May 28 (Sitrep) — Israeli troops killed two Hezbollah members near the Lebanese town of Tyre on Monday.",
			[]string{"ISR>LBN 190"}, nil},
		{"talks a third party offers to host are its offer, no wish of the parties",
			"HANOI, May 28 (Sitrep) — Vietnam and Cambodia traded accusations over the river dam on Tuesday. Thailand's foreign ministry offered to host talks between the two governments.",
			[]string{"THA>VNM 039", "THA>KHM 039"}, []string{"VNM>KHM 036", "KHM>VNM 036"}},
		{"nor are talks a third party is ready to support",
			"ACCRA, May 28 (Sitrep) — Ghana accused Togo of sheltering rebels on Monday, and Togo denied it. The African Union said it was ready to support any talks between the two neighbours.",
			[]string{"GHA>TGO 112"}, []string{"GHA>TGO 036", "TGO>GHA 036"}},
		{"a party ready for talks still offers them",
			"TEHRAN, May 28 (Sitrep) — Iran said on Monday it was ready for talks with the United States.",
			[]string{"IRN>USA 036"}, nil},
	}
	runStories(t, p, cases)
}
