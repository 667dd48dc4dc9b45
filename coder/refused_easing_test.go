package coder_test

import "testing"

// TestRefusedEasing: a measure the source says it will not lift or ease is
// a refusal to ease it (1244), made now, whatever the measure is called and
// wherever the target is found (eighth session, docs/events.md). Made-up
// stories through the whole pipeline.
func TestRefusedEasing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a levy the source will not lift, with the target taken from the story",
			"QUITO, Feb 7 (Sitrep) — Peru put a 20 percent levy on Ecuadorian shrimp last month. Ecuador's trade minister said on Friday that Quito would not lift its own levy on Peruvian rice.",
			[]string{"ECU>PER 1244"}, []string{"ECU>PER 163"}},
		{"a ban named by a pronoun, not eased",
			"ANKARA, Sept 9 (Sitrep) — Turkey halted all trade with Greece in August. The trade ministry said on Monday that Ankara would not ease it before the talks.",
			[]string{"TUR>GRC 1244"}, nil},
		{"a ban lifted is no refusal",
			"ANKARA, Sept 9 (Sitrep) — Turkey halted all trade with Greece in August. The trade ministry said on Monday that Ankara would lift the ban next week.",
			nil, []string{"TUR>GRC 1244"}},
		{"an idiom of refusing help is no refusal to ease",
			"ANKARA, Sept 9 (Sitrep) — Turkey halted all trade with Greece in August. A Greek official said Ankara would not lift a finger to end the dispute.",
			nil, []string{"TUR>GRC 1244"}},
	}
	runStories(t, p, cases)
}
