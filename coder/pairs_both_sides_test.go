package coder_test

import (
	"testing"

	"sitrep/coder"
)

// bothSidesStories: what "both sides" or "the two sides" agree to reopen
// is between them, not each at home. Made-up sentences.
var bothSidesStories = []story{
	{"both sides reopen a border",
		"Peru and Ecuador held talks in Quito. Both sides agreed to reopen their border.",
		[]string{"PER>ECU 081", "ECU>PER 081"}, []string{"PER>PER 081", "ECU>ECU 081"}},
	{"the two sides reopen a crossing",
		"Sudan and Chad held talks in Doha. The two sides agreed to reopen the Adre crossing.",
		nil, []string{"SDN>SDN 081", "TCD>TCD 081"}},
}

func TestBothSidesPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), bothSidesStories)
}

// TestBothSidesPairsOff: without the rule each story goes wrong.
func TestBothSidesPairsOff(t *testing.T) {
	failsWithoutWant(t, coder.BothSidesPairs, bothSidesStories)
}
