package coder_test

import (
	"testing"

	"sitrep/coder"
)

// timeHungStories: the partner of an act comes after a time phrase, and
// the parse hangs it on the time ("in the morning with X"); the time has
// no partner of its own (sixteenth session, pnmiss). Made-up stories.
var timeHungStories = []story{
	{"a meeting in the morning with two leaders",
		"CANBERRA — Australia's prime minister held a joint meeting in the morning with Indonesia President Joko Widodo and Malaysia Prime Minister Najib Razak.",
		[]string{"AUS>IDN 040", "AUS>MYS 040"}, nil},
	{"talks in the afternoon with two ministers",
		"OSLO — Norway's foreign minister held talks in the afternoon with Sweden's Foreign Minister Margot Wallstrom and Denmark's Foreign Minister Anders Samuelsen.",
		[]string{"NOR>DNK 046", "NOR>SWE 046"}, nil},
}

// TestTimeHungObliques runs the stories through the whole pipeline.
func TestTimeHungObliques(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, timeHungStories)
}

// TestTimeHungObliquesOff: with the rule off, the meetings have no partner.
func TestTimeHungObliquesOff(t *testing.T) {
	var cases []offCase
	for _, c := range timeHungStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.TimeHungObliques, cases)
}
