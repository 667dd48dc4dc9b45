package coder_test

import (
	"testing"

	"sitrep/coder"
)

// rivalGuardStories: same-country 05x pairs rivalCooperation must not
// code (rival24). Made-up stories; each unwanted event is coded with its
// guard off (TestRivalGuardsOff).
var rivalGuardStories = []struct {
	sw *bool
	s  story
}{
	{coder.RivalFollowers, story{"a name qualifying voters",
		"WASHINGTON — Many Schumer voters said on Monday they could not support Senator Bernie Sanders.",
		nil, []string{"USA>USA 051"}}},
	{coder.RivalCounterfactual, story{"would have endorsed",
		"WASHINGTON — Senator Bernie Sanders would have endorsed Senator Chuck Schumer, his aide said on Tuesday.",
		nil, []string{"USA>USA 051"}}},
	{coder.RivalCounterfactual, story{"had he praised",
		"WASHINGTON — It would have been fair had Senator Chuck Schumer praised Senator Bernie Sanders on Monday, an aide said.",
		nil, []string{"USA>USA 051"}}},
	{coder.RivalPossible, story{"a possible endorsement",
		"WASHINGTON — Senator Bernie Sanders's possible endorsement of Senator Chuck Schumer drew attention on Monday.",
		nil, []string{"USA>USA 051"}}},
	{coder.RivalReturn, story{"welcomed a person's return",
		"TEHRAN — Sweden freed the Iranian official Reza Karimi on Saturday.\n\nIranian Foreign Minister Ali Bagheri welcomed Karimi's return and thanked Oman.",
		nil, []string{"IRN>IRN 051"}}},
}

// TestRivalGuards: with every guard on, none of the pairs is coded.
func TestRivalGuards(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	var all []story
	for _, c := range rivalGuardStories {
		all = append(all, c.s)
	}
	runStories(t, p, all)
}

// TestRivalGuardsOff: with its guard off, each unwanted pair is coded.
func TestRivalGuardsOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range rivalGuardStories {
		*c.sw = false
		got := denialCodes(t, p, c.s.text)
		*c.sw = true
		if !got[c.s.not[0]] {
			t.Errorf("%s: with its guard off, %s is not coded either: %v", c.s.name, c.s.not[0], got)
		}
	}
}
