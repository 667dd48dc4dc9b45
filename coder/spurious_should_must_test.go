package coder_test

import (
	"testing"

	"sitrep/coder"
)

// dutyOnlyStories say what a party should or must do: the act is not
// coded (fourteenth session, hypo18). Made-up stories.
var dutyOnlyStories = []story{
	{"both sides should agree to a truce",
		"GENEVA, May 3 (Sitrep) — The Swiss foreign minister told reporters on Friday that Armenia and Azerbaijan should agree to a ceasefire along the whole border.",
		nil, []string{"ARM>AZE 0871", "AZE>ARM 0871", "ARM>AZE 087", "AZE>ARM 087"}},
	{"a treaty party must consult the other",
		"CANBERRA, June 2 (Sitrep) — Under the new pact, Fiji must consult with Australia before it hosts any foreign warship.",
		nil, []string{"FJI>AUS 030", "AUS>FJI 030", "FJI>AUS 031", "FJI>AUS 040"}},
}

// TestDutyOnly runs the stories through the whole pipeline.
func TestDutyOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), dutyOnlyStories)
}

// TestDutyOnlyOff: with the rule off, an act comes back.
func TestDutyOnlyOff(t *testing.T) {
	comesBackWithout(t, coder.DutyOnly, dutyOnlyStories)
}
