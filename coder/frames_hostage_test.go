package coder_test

import (
	"testing"

	"sitrep/coder"
)

// hostageStories: "took X hostage" is hostage-taking (181) aimed at the
// captives, the first object. Made-up stories.
var hostageStories = []story{
	{"took a number of foreigners hostage",
		"BAMAKO, June 2 (Sitrep) — Al-Shabaab took dozens of Kenyans hostage on Monday.",
		[]string{"SOM>KEN 181"}, nil},
}

// TestHostageFrames runs the stories through the whole pipeline.
func TestHostageFrames(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), hostageStories)
}

// TestHostageFramesOff: with the rule off the hostage-taking is lost.
func TestHostageFramesOff(t *testing.T) {
	failsWithoutWant(t, coder.HostageFrames, hostageStories)
}
