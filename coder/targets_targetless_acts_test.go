package coder_test

import (
	"testing"

	"sitrep/coder"
)

// targetlessStories: exercises, a ceasefire declared to no one named and
// missiles fired at a ship that is no actor are coded with target "-"
// (the gold guide), not dropped for want of a target. Made-up stories.
var targetlessStories = []story{
	{"naval drills at sea",
		"ANKARA, June 2 (Sitrep) — Turkey conducted naval exercises in the eastern Mediterranean on Monday.",
		[]string{"TUR>- 150"}, []string{"TUR>- 152"}},
	{"missiles fired at a ship",
		"SANAA, June 2 (Sitrep) — Houthi rebels fired missiles at a tanker in the Gulf of Aden on Monday.",
		[]string{"YEM>- 195"}, nil},
	{"a ceasefire declared by a named side",
		"BAMAKO, June 2 (Sitrep) — Mali's army declared a unilateral ceasefire on Monday.",
		[]string{"MLI>- 0871"}, nil},
}

// TestTargetlessActs runs the stories through the whole pipeline.
func TestTargetlessActs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), targetlessStories)
}

// TestTargetlessActsOff: with the rule off the events are lost.
func TestTargetlessActsOff(t *testing.T) {
	failsWithoutWant(t, coder.TargetlessActs, targetlessStories)
}
