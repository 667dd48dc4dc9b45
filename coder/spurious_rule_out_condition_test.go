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

// conditionRefusalStories set a refusal as the condition of another act
// (spur15): nobody has refused, so no 12x is coded. Made-up stories.
var conditionRefusalStories = []story{
	{"a refusal in an if clause",
		"LONDON, May 6 (Sitrep) — Britain said it would expel Iranian diplomats if Iran refused to release the detained sailors.",
		[]string{"GBR>IRN 174"}, []string{"IRN>GBR 120", "IRN>GBR 124", "IRN>GBR 1241"}},
}

// refusalToldStories refuse in a main clause: the refusal stays.
var refusalToldStories = []story{
	{"a refusal told as done",
		"ROME, May 6 (Sitrep) — Italy refused to meet Libya's envoy on Monday.",
		[]string{"ITA>LBY 125"}, nil},
}

// TestConditionRefusal runs the stories through the whole pipeline.
func TestConditionRefusal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, conditionRefusalStories)
	runStories(t, p, refusalToldStories)
}

// TestConditionRefusalOff: with the rule off, the refusal in the "if"
// clause is coded again.
func TestConditionRefusalOff(t *testing.T) {
	comesBackWithout(t, coder.ConditionActs, conditionRefusalStories)
}
