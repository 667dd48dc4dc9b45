package coder_test

import (
	"testing"

	"sitrep/coder"
)

// apposedTargetStories: an argument that names no actor is the one its
// apposition names ("two suspects, a former Ukrainian soldier and a
// woman,"), not the country the clause names after it (lex32). Made-up
// stories.
var apposedTargetStories = []story{
	{"suspects detained, named in the apposition",
		"KYIV (Sitrep) — Ukraine's security service said two suspects, a former Ukrainian soldier and a woman, were detained on Friday and accused of spying for Budapest.",
		[]string{"UKR>UKR 173"}, []string{"UKR>HUN 173"}},
}

// TestApposedTarget runs the stories through the whole pipeline.
func TestApposedTarget(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), apposedTargetStories)
}

// TestApposedTargetOff: with the rule off, the detention is read as
// aimed at the country named after it.
func TestApposedTargetOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ApposedTarget = false
	defer func() { *coder.ApposedTarget = true }()
	runStories(t, pipeline(t), []story{{"suspects detained, rule off",
		apposedTargetStories[0].text, []string{"UKR>HUN 173"}, []string{"UKR>UKR 173"}}})
}
