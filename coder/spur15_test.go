package coder_test

import (
	"testing"

	"sitrep/coder"
)

// notRuledOutStories leave an act open with "did not rule out" (spur15):
// no refusal (120) is coded for it. Made-up stories.
var notRuledOutStories = []story{
	{"a border closing left open",
		"OSLO, May 6 (Sitrep) — Norway did not rule out closing its border with Russia, the justice minister said on Monday.",
		nil, []string{"NOR>RUS 120"}},
	{"sanctions left open, perfect tense",
		"VILNIUS, May 6 (Sitrep) — Lithuania has not ruled out sanctions against Belarus, its foreign minister said on Monday.",
		nil, []string{"LTU>BLR 120"}},
}

// ruledOutStories refuse outright: the refusal stays coded.
var ruledOutStories = []story{
	{"a refusal told by rule out",
		"ROME, May 6 (Sitrep) — Italy ruled out sending troops to Libya on Monday.",
		[]string{"ITA>ITA 120"}, nil},
}

// TestNotRuledOut runs the stories through the whole pipeline.
func TestNotRuledOut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, notRuledOutStories)
	runStories(t, p, ruledOutStories)
}

// TestNotRuledOutOff: with the rule off, the negated "rule out" is
// coded as a refusal again.
func TestNotRuledOutOff(t *testing.T) {
	comesBackWithout(t, coder.NotRuledOut, notRuledOutStories)
}
