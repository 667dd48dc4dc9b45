package coder_test

import (
	"testing"

	"sitrep/coder"
)

// sendAskedStories propose a deployment or open the way to one: no
// deployment (154, 074) is coded (fourteenth session, lowprec18b).
// Made-up stories.
var sendAskedStories = []story{
	{"a proposal to send troops",
		"QUITO, May 3 (Sitrep) — Ecuador's president said on Friday he had turned down a proposal by Colombia to send soldiers into Ecuador.",
		nil, []string{"COL>ECU 154", "ECU>COL 154", "ECU>ECU 154", "COL>ECU 074", "ECU>COL 074"}},
	{"a treaty opening the way to send troops",
		"CANBERRA, June 2 (Sitrep) — Australia and Indonesia signed a security treaty on Monday that opens the way for each country to send troops to the other's territory for exercises.",
		nil, []string{"AUS>IDN 154", "IDN>AUS 154", "AUS>IDN 074", "IDN>AUS 074"}},
}

// TestSendAsked runs the stories through the whole pipeline.
func TestSendAsked(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), sendAskedStories)
}

// TestSendAskedOff: with the rule off, a deployment comes back.
func TestSendAskedOff(t *testing.T) {
	comesBackWithout(t, coder.SendAsked, sendAskedStories)
}
