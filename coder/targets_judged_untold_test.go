package coder_test

import (
	"testing"

	"sitrep/coder"
)

// judgedUntoldStories have an outsider welcome "the decision"
// of a story whose step no earlier sentence codes as an act of either
// side: the comment goes to the story's most-mentioned side, which took
// the step, not to the other side as well (spur20). Made-up stories.
var judgedUntoldStories = []story{
	{"welcomed the decision, step not coded",
		"SANTIAGO, June 2 (Sitrep) — Chile will raise port fees for Peruvian cargo ships from March, the Chilean government said. Chile said the fees would pay for dredging at Arica.\n\nBolivian officials welcomed the decision.",
		[]string{"BOL>CHL 051"}, []string{"BOL>PER 051"}},
}

// TestJudgedUntold runs the stories through the whole pipeline.
func TestJudgedUntold(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), judgedUntoldStories)
}

// TestJudgedUntoldOff: with the fallback off, the other side comes back.
func TestJudgedUntoldOff(t *testing.T) {
	comesBackWithout(t, coder.JudgedUntold, judgedUntoldStories)
}
