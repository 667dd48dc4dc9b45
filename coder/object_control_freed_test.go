package coder_test

import (
	"testing"

	"sitrep/coder"
)

// freedActStories: what a party is freed or enabled to do, named by the
// infinitive or by its object, is not done; the step that frees it is
// coded. Made-up stories.
var freedActStories = []story{
	{"drills a pact's suspension frees a navy to resume",
		"ATHENS, May 27 (Sitrep) — Greece suspended a 2019 military accord with Turkey on Monday, freeing its navy to resume drills near the islands.",
		nil, []string{"GRC>TUR 150", "TUR>GRC 150"}},
	{"drills an accord's end enables a coast guard to resume",
		"TOKYO, May 27 (Sitrep) — Japan scrapped a 2018 accord with China on Monday, enabling its coast guard to resume drills near the disputed islands.",
		[]string{"JPN>CHN 160"}, []string{"JPN>CHN 150", "CHN>JPN 150"}},
}

// freedActsDone: the same acts told as done stay coded.
var freedActsDone = []story{
	{"drills held",
		"ATHENS, May 27 (Sitrep) — The Greek navy held drills near Turkish waters on Monday.",
		[]string{"GRC>TUR 150"}, nil},
}

// TestFreedAct runs the stories through the whole pipeline.
func TestFreedAct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, freedActStories)
	runStories(t, p, freedActsDone)
}

// TestFreedActOff: with the object reading off, the drills come back.
func TestFreedActOff(t *testing.T) {
	comesBackWithout(t, coder.PermittedObject, freedActStories)
}
