package coder_test

import (
	"testing"

	"sitrep/coder"
)

// lightObliqueStories tell of a visit named by a noun that a light verb
// carries, its destination hung on the verb past a date, in stories of
// two other countries: the place visited is the target, not the story's
// other side (thirteenth session, pair17). Made-up stories.
var lightObliqueStories = []story{
	{"a visit paid, the destination past the date",
		"MANILA, June 2 (Sitrep) — The Philippines and Japan signed a coast guard pact on Monday. Japanese patrol boats will train with Philippine crews. President Ferdinand Marcos will pay a visit next week to Vietnam.",
		[]string{"PHL>VNM 042", "VNM>PHL 043"}, []string{"PHL>JPN 042"}},
	{"a trip made, the destination hung on the weekday",
		"SANTIAGO, June 2 (Sitrep) — Chile and Argentina agreed on Monday to reopen a mountain pass. Argentine trucks will cross from July. Chilean President Gabriel Boric made a short trip on Sunday to Peru.",
		[]string{"CHL>PER 042", "PER>CHL 043"}, []string{"CHL>ARG 042"}},
}

// TestLightObliques runs the stories through the whole pipeline.
func TestLightObliques(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), lightObliqueStories)
}

// TestLightObliquesOff: with the rule off, the story's other side comes
// back as the host.
func TestLightObliquesOff(t *testing.T) {
	comesBackWithout(t, coder.LightObliques, lightObliqueStories)
}
