package coder_test

import (
	"testing"

	"sitrep/coder"
)

// demandedConditionStories make one act hang on another party's act with
// "only if" (realspur2): the condition is a demand, not an act of that
// party, so it codes no event; the main clause's act stays. Made-up stories.
var demandedConditionStories = []story{
	{"a withdrawal demanded of the other side",
		"CAIRO, May 6 (Sitrep) — Sudan said on Monday it would pull its troops out of the border zone only if Ethiopia withdraws from the disputed farmland.",
		nil, []string{"ETH>SDN 087", "ETH>SDN 0874"}},
	{"only set on if",
		"ANKARA, May 6 (Sitrep) — Turkey will reopen the crossing, the minister said, but only if Syria releases the detained drivers.",
		nil, []string{"SYR>TUR 0841", "SYR>TUR 084"}},
}

// plainConditionStories put an act in a plain "if" clause: it is still
// coded (as hypothetical), as the gold codes it.
var plainConditionStories = []story{
	{"a plain if clause",
		"LIMA, May 6 (Sitrep) — Peru said it would respond if Chile attacked its fishing boats.",
		[]string{"CHL>PER 190"}, nil},
}

// TestDemandedCondition runs the stories through the whole pipeline.
func TestDemandedCondition(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, demandedConditionStories)
	runStories(t, p, plainConditionStories)
}

// TestDemandedConditionOff: with the rule off, the conditions come back.
// (The first story's withdrawal is also a concession set as a condition
// by Sudan, which conditionConcession drops (spur28): it is off here.)
func TestDemandedConditionOff(t *testing.T) {
	*coder.ConditionConcessions = false
	defer func() { *coder.ConditionConcessions = true }()
	comesBackWithout(t, coder.DemandedConditions, demandedConditionStories)
}
