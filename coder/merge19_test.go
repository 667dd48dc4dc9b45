package coder_test

import (
	"testing"

	"sitrep/coder"
)

// answerApartStories blame a party with no "of" phrase and give the
// answer in the same sentence: the answer is its own event (fifteenth
// session, merge19). Made-up stories.
var answerApartStories = []offCase{
	{"LUSAKA, May 28 (Sitrep) — The Malawian government blamed Zambian smugglers for the fuel shortage in the north, a charge Lusaka rejected.", "ZMB>MWI 016"},
	{"LUSAKA, May 28 (Sitrep) — Malawi's health minister blamed Zambian traders and local officials for spreading panic over the outbreak, a claim Zambia rejected.", "ZMB>MWI 016"},
	{"LUSAKA, May 28 (Sitrep) — The Zambian government blamed the opposition and foreign media for stoking anger against the president, an accusation opposition leaders rejected.", "ZMB>ZMB 016"},
}

// TestAnswerApart runs the stories through the whole pipeline.
func TestAnswerApart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range answerApartStories {
		if got := denialCodes(t, p, c.text); !got[c.want] {
			t.Errorf("%s not coded in %q (got %v)", c.want, c.text, got)
		}
	}
}

// TestAnswerApartOff: with the rule off, the answers are consumed by the
// blame.
func TestAnswerApartOff(t *testing.T) {
	failsWithout(t, coder.AnswerApart, answerApartStories)
}
