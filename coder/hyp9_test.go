package coder_test

import "testing"

// TestPlannedActsNinthSession: lexicon rows for planned acts whose verb had
// an entry and whose object no frame of it named (docs/events.md, "Ninth
// session, third wave: planned and hypothetical acts"). Made-up stories
// through the whole pipeline; each fails with its row removed.
func TestPlannedActsNinthSession(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"charges filed against an official are a complaint to the courts (115)",
			"Kenyan prosecutors said they would file corruption charges against the former Kenyan finance minister next week.",
			[]string{"KEN>KEN 115"}, nil},
		{"a legal challenge filed is a complaint to the courts (115)",
			"The Kenyan opposition will file a legal challenge against the Kenyan electoral commission this week.",
			[]string{"KEN>KEN 115"}, nil},
		{"tariffs lifted are a sanction eased (085)",
			"Beijing will lift its tariffs on Australian barley from Friday, the Chinese commerce ministry said.",
			[]string{"CHN>AUS 085"}, nil},
		{"trade resumed between two countries is economic cooperation (061), each way",
			"Vietnam will resume trade with Cambodia next month.",
			[]string{"VNM>KHM 061", "KHM>VNM 061"}, nil},
	}
	runStories(t, p, cases)
}
