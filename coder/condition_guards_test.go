package coder_test

import (
	"testing"

	"sitrep/coder"
)

// conditionPartStories tell an act only as the condition of another, in
// an "unless" or "until" clause the parse leaves unmarked at the act
// (fifteenth session, spur19). Made-up stories.
var conditionPartStories = []story{
	{"a noun object of a conjoined verb under unless",
		"LONDON, May 3 (Sitrep) — The ministers said sanctions would return next month unless Iran restored access for inspectors, accounted for its uranium and resumed talks with Washington.",
		nil, []string{"IRN>USA 046", "USA>IRN 046"}},
	{"until hung on the subject, the waiting clause denied",
		"MOSCOW, May 3 (Sitrep) — Moscow said it saw no basis for talks until Kyiv withdrew from the region.",
		nil, []string{"UKR>UKR 0874", "UKR>RUS 0874", "UKR>- 0874"}},
}

// conditionRepairedStories were the rule's until the coder repaired the
// parse of clauses of time (retag_time_clause.go): "until" is the
// clause's mark now, and the waiting clause is read as one without the
// rule.
var conditionRepairedStories = []story{
	{"until hung on a noun, the waiting clause negated",
		"BRUSSELS, May 3 (Sitrep) — Belgium said it would not open an embassy until Hamas released all hostages.",
		nil, []string{"BEL>PSE 0841", "PSE>BEL 0841"}},
}

// TestConditionPart runs the stories through the whole pipeline.
func TestConditionPart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), append(conditionPartStories, conditionRepairedStories...))
}

// TestConditionPartOff: with the rule off, an act comes back.
func TestConditionPartOff(t *testing.T) {
	comesBackWithout(t, coder.ConditionPart, conditionPartStories)
}

// avoidedActStories shun an act (spur19). Made-up stories.
var avoidedActStories = []story{
	{"a travel advice",
		"OSLO, May 3 (Sitrep) — Norway advised its citizens on Friday to avoid travelling to Iraq.",
		nil, []string{"NOR>IRQ 042", "IRQ>NOR 043"}},
}

// TestAvoidedAct runs the stories through the whole pipeline.
func TestAvoidedAct(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), avoidedActStories)
}

// TestAvoidedActOff: with the rule off, the trip comes back.
func TestAvoidedActOff(t *testing.T) {
	comesBackWithout(t, coder.AvoidedAct, avoidedActStories)
}

// freedToStories let a party act; no one is released (spur19). Made-up
// stories.
var freedToStories = []story{
	{"freed its troops to resume drills",
		"TOKYO, May 3 (Sitrep) — Japan suspended a military pact with China on Tuesday, freeing its troops to resume drills near the border.",
		nil, []string{"JPN>CHN 0841", "JPN>JPN 0841", "JPN>- 0841"}},
}

// TestFreedTo runs the stories through the whole pipeline.
func TestFreedTo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), freedToStories)
}

// TestFreedToOff: with the rule off, the release comes back.
func TestFreedToOff(t *testing.T) {
	comesBackWithout(t, coder.FreedTo, freedToStories)
}
