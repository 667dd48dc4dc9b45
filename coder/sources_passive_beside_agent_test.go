package coder_test

import (
	"testing"

	"sitrep/coder"
)

// passiveBesideAgentStories: coordinated passive subjects with a by-agent
// are the targets of the agent's act, never doers of it on each other.
// Made-up sentences.
var passiveBesideAgentStories = []story{
	{"two countries sanctioned by a third",
		"Cuba and Venezuela were sanctioned by the United States on Friday.",
		[]string{"USA>CUB 163", "USA>VEN 163"}, []string{"CUB>VEN 163", "VEN>CUB 163"}},
	{"two countries rebuked by a third",
		"Serbia and Kosovo were rebuked by the European Union.",
		nil, []string{"SRB>XKX 111", "XKX>SRB 111", "SRB>KOS 111", "KOS>SRB 111"}},
	{"two countries accused by a third",
		"Ethiopia and Eritrea were accused by Sudan of arming rebels.",
		nil, []string{"ETH>ERI 112", "ERI>ETH 112"}},
}

func TestPassiveBesideAgent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), passiveBesideAgentStories)
}

// TestPassiveBesideAgentOff: without the rule the passive subjects act on
// each other.
func TestPassiveBesideAgentOff(t *testing.T) {
	failsWithoutWant(t, coder.PassiveBesideAgents, passiveBesideAgentStories)
}
