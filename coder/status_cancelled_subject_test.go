package coder_test

import (
	"testing"

	"sitrep/coder"
)

// cancelledSubjectStories: a meeting or talks called off, told in the
// passive, are negated. Made-up sentences.
var cancelledSubjectStories = []story{
	{"a summit called off",
		"The summit between Kenya and Somalia was called off.",
		[]string{"KEN>SOM 040 negated", "SOM>KEN 040 negated"}, []string{"KEN>SOM 040 occurred"}},
	{"talks postponed",
		"The talks between Armenia and Azerbaijan were postponed.",
		[]string{"ARM>AZE 046 negated", "AZE>ARM 046 negated"}, nil},
}

func TestCancelledSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), cancelledSubjectStories)
}

// TestCancelledSubjectOff: without the rule each story goes wrong.
func TestCancelledSubjectOff(t *testing.T) {
	failsWithoutKeyed(t, coder.CancelledSubjects, cancelledSubjectStories, withStatus)
}
