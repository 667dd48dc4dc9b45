package coder_test

import (
	"testing"

	"sitrep/coder"
)

// intentDayStories: an intent stated now (036) is dated the day it is
// stated, not by the day of the act it offers. Made-up sentences, told
// on 2024-05-28.
var intentDayStories = []story{
	{"ready to hold talks next week",
		"Sudan said it was ready to hold talks with Chad next week.",
		[]string{"SDN>TCD 036 2024-05-28"}, []string{"SDN>TCD 036 2024-05"}},
	{"hopes to hold talks next month",
		"Peru hopes to hold talks with Chile next month.",
		[]string{"PER>CHL 036 2024-05-28"}, []string{"PER>CHL 036 2024-06"}},
}

func TestStatedIntentDates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), intentDayStories, datedKey)
}

// TestStatedIntentDatesOff: without the rule each story goes wrong.
func TestStatedIntentDatesOff(t *testing.T) {
	failsWithoutKeyed(t, coder.StatedIntentDates, intentDayStories, datedKey)
}
