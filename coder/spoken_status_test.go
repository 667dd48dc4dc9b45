package coder_test

import "testing"

// TestSpokenActsNotReported: a statement, a meeting or a protest relayed
// by another side is still occurred (the gold guide's "verbal acts
// reported in the story"); force relayed by another side stays reported.
func TestSpokenActsNotReported(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a denial in a relative clause after what the press reported",
			"N'DJAMENA, May 28 (Sitrep) — Chadian media reported that Sudan had moved tanks to the border on Monday, which Sudanese officials denied.",
			[]string{"SDN>TCD 016 occurred"}, nil},
		{"a telephone call both governments announced",
			"TASHKENT, May 28 (Sitrep) — Uzbekistan's foreign minister spoke by telephone with his Tajik counterpart on Monday, both governments said.",
			[]string{"UZB>TJK 041 occurred", "TJK>UZB 041 occurred"}, nil},
		{"shelling another side tells of stays reported",
			"N'DJAMENA, May 28 (Sitrep) — Chad's army said Sudanese troops had shelled the border town of Adre on Monday.",
			[]string{"SDN>TCD 195 reported"}, nil},
	}
	runWithStatus(t, p, cases)
}
