package coder_test

import (
	"testing"

	"sitrep/coder"
)

// splitTitleStories: a verbal act whose subject is a portfolio title
// ("Justice Minister Tomas Varga") with no country word, in a story
// filed from one of its two sides (fifteenth session, titles20).
// Made-up stories.
var splitTitleStories = []story{
	{"a justice minister accuses the neighbour's authorities",
		"LISBON, June 2 (Sitrep) — Portugal protested to Spain on Monday over a fishing dispute off the Algarve. Justice Minister Tomas Varga accused Spanish authorities of ignoring the quota deal.",
		[]string{"PRT>ESP 112"}, nil},
	{"a migration minister accuses the neighbour's authorities",
		"ROME, June 2 (Sitrep) — Italy summoned Tunisia's ambassador on Monday after 40 migrants drowned off Lampedusa. Migration Minister Lucia Ferro accused Tunisian authorities of failing to stop the boats.",
		[]string{"ITA>TUN 112"}, nil},
}

// TestSplitTitle runs the stories through the whole pipeline.
func TestSplitTitle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, splitTitleStories)
}

// TestSplitTitleOff: with the rule off, the acts have no source.
func TestSplitTitleOff(t *testing.T) {
	var cases []offCase
	for _, c := range splitTitleStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.SplitTitleSpeakers, cases)
}
