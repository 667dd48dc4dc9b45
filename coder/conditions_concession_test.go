package coder_test

import (
	"testing"

	"sitrep/coder"
)

// conditionConcessionStories set a concession as the condition one party
// puts on its own act (spur28): nobody has yielded, so no 08x is coded
// for the other side. Made-up stories.
var conditionConcessionStories = []story{
	{"sanctions lifted as the condition of an offer",
		"QUITO, May 28 (Sitrep) — Peru said it could reopen the border crossing if Chile lifted the restrictions on Peruvian trucks.",
		nil, []string{"CHL>PER 085", "CHL>PER 08"}},
	{"compliance as the condition of a threat",
		"LIMA, May 28 (Sitrep) — Peru will take the dispute to an international court if Chile does not comply with the ruling, the foreign minister said.",
		nil, []string{"CHL>PER 080"}},
}

// conditionNoSetterStories name no party setting the condition: the act
// stays, hypothetical, as the gold codes it.
var conditionNoSetterStories = []story{
	{"a truce possible on a condition",
		"LIMA, May 28 (Sitrep) — Peru said a truce was possible if Chile stopped its drone attacks on Peruvian refineries.",
		[]string{"CHL>PER 087"}, nil},
	{"an expletive it in a copular clause sets no condition (review21)",
		"LIMA, May 28 (Sitrep) — It would be a breakthrough if Chile withdrew its troops from the border, the Peruvian foreign minister said.",
		[]string{"CHL>PER 0874"}, nil},
	{"a reported copular clause with an expletive it (review21)",
		"LIMA, May 28 (Sitrep) — Peru said it would be a major step if Chile withdrew its troops from the border.",
		[]string{"CHL>PER 0874"}, nil},
}

// conditionOwnStories set the party's own concession as its condition:
// the setter is the concession's own subject, so the act stays,
// hypothetical (review21 finding 5). Made-up stories.
var conditionOwnStories = []story{
	{"the party named again as the subject of its own condition",
		"SANTIAGO, May 28 (Sitrep) — Chile will withdraw its troops from the border if Chile lifts its sanctions on Peru, the foreign minister said.",
		[]string{"CHL>PER 085"}, nil},
}

// TestConditionConcession runs the stories through the whole pipeline.
func TestConditionConcession(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, conditionConcessionStories)
	runStories(t, p, conditionNoSetterStories)
	runStories(t, p, conditionOwnStories)
}

// TestConditionConcessionOff: with the rule off, the concession in the
// "if" clause is coded again.
func TestConditionConcessionOff(t *testing.T) {
	comesBackWithout(t, coder.ConditionConcessions, conditionConcessionStories)
}
