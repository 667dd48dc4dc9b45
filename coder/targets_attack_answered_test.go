package coder_test

import (
	"testing"

	"sitrep/coder"
)

// attackAnsweredStories: a promised answer to an attack, its frame
// naming no target, is aimed at the attacker the attack noun names, not
// at the victim or the nearest foreign name (seventeenth session,
// actor22). Made-up stories.
var attackAnsweredStories = []story{
	{"an adjective names the attacker",
		"Greece said it would respond to any Turkish provocation in the Aegean.",
		[]string{"GRC>TUR 138"}, nil},
	{"the attacker beside a victim",
		"Thailand has declared that it will respond to a Cambodian attack on Laos.",
		[]string{"THA>KHM 138"}, []string{"THA>LAO 138"}},
	{"an answer vowed to a possessor's attack",
		"Israel vowed to respond to Iran's attack on its territory.",
		[]string{"ISR>IRN 138"}, nil},
}

// TestAttackAnswered runs the stories through the whole pipeline.
func TestAttackAnswered(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), attackAnsweredStories)
}

// TestAttackAnsweredOff: with the rule off, the attacker is not the
// target.
func TestAttackAnsweredOff(t *testing.T) {
	var cases []offCase
	for _, c := range attackAnsweredStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.AttackAnswered, cases)
}
