package coder_test

import (
	"testing"

	"sitrep/coder"
)

// hedgedStories: an act told as a guess is hypothetical, one told on
// unnamed say-so reported. Made-up sentences.
var hedgedStories = []story{
	{"is thought to have",
		"Turkey is thought to have bombed a Kurdish village in Iraq.",
		[]string{"TUR>IRQ 195 hypothetical"}, nil},
	{"is said to have",
		"Turkey is said to have bombed a Kurdish village in Iraq on Friday.",
		[]string{"TUR>IRQ 195 reported"}, nil},
	{"apparently",
		"Turkey apparently bombed a Kurdish village in Iraq on Friday.",
		[]string{"TUR>IRQ 195 hypothetical"}, nil},
	{"sentence-initial reportedly",
		"Reportedly, Ethiopian forces shelled Eritrean towns on Friday.",
		nil, []string{"ETH>ERI 194 occurred", "ETH>ERI 195 occurred"}},
}

func TestHedgedActs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), hedgedStories)
}

// TestHedgedActsOff: without the rule each story goes wrong.
func TestHedgedActsOff(t *testing.T) {
	failsWithoutKeyed(t, coder.HedgedActs, hedgedStories, withStatus)
}
