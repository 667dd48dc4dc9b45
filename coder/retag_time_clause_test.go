package coder_test

import (
	"testing"

	"sitrep/coder"
)

// timeClauseStories: a clause of time the parser reads as a phrase of
// "after" and a verb with no subject; the repair gives the verb its
// subject back. Made-up stories.
var timeClauseStories = []story{
	{"the police of a capital named in the time clause",
		"Ghana condemned Togo after police in Lome arrested 20 traders on Monday.",
		[]string{"TGO>TGO 173"}, []string{"GHA>GHA 173"}},
}

// TestTimeClauseRepair runs the stories through the whole pipeline.
func TestTimeClauseRepair(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), timeClauseStories)
}

// TestTimeClauseRepairOff: with the repair off, the arrest takes the
// main clause's subject.
func TestTimeClauseRepairOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.TimeClauseRepair = false
	defer func() { *coder.TimeClauseRepair = true }()
	runStories(t, pipeline(t), []story{{"police in Lome, repair off",
		timeClauseStories[0].text, []string{"GHA>GHA 173"}, []string{"TGO>TGO 173"}}})
}
