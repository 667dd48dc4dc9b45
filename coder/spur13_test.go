package coder_test

import (
	"testing"

	"sitrep/coder"
)

// genericConsultStories tell one encounter twice, by a specific word
// (a call, talks) and by a bare "met" or "spoke with" (tenth session,
// spur13): the gold codes it once, by the specific word. Made-up stories.
var genericConsultStories = []story{
	{"talks told again as a meeting",
		"NAIROBI, March 4 (Sitrep) — Kenya's foreign minister held talks with his Ugandan counterpart in Nairobi on Monday. The two ministers met for three hours and discussed trade.",
		[]string{"KEN>UGA 046"}, []string{"KEN>UGA 040"}},
	{"a call told again as speaking with",
		"LIMA, June 2 (Sitrep) — Peru's president spoke by telephone with Chile's president on Sunday. Peru's president spoke with the Chilean leader about the border, his office said.",
		[]string{"PER>CHL 041"}, []string{"PER>CHL 040"}},
}

// TestGenericConsult runs the stories through the whole pipeline.
func TestGenericConsult(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), genericConsultStories)
}

// TestGenericConsultOff: with the rule off, the bare meeting is coded
// beside the talks.
func TestGenericConsultOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.GenericConsult = false
	defer func() { *coder.GenericConsult = true }()
	p := pipeline(t)
	for _, c := range genericConsultStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("with the rule off, %s is not coded in %q (the test no longer shows the rule)", c.not[0], c.text)
		}
	}
}
