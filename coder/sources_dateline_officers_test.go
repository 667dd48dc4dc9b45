package coder_test

import (
	"testing"

	"sitrep/coder"
)

// datelineOfficerStories: bare "officers" the actor coder places
// nowhere arrest or beat people of no named country, in a story filed
// from one of its two sides (fourteenth session, subject18). Made-up
// stories.
var datelineOfficerStories = []story{
	{"officers detain demonstrators in the dateline's capital",
		"ATHENS, June 2 (Sitrep) — Turkey said on Monday it would not withdraw its survey ship from the Aegean, and Greece recalled its ambassador from Ankara. Demonstrators burned a Turkish flag outside the Turkish consulate on Tuesday, and officers detained fourteen of them.",
		[]string{"GRC>GRC 173"}, nil},
	{"officers beat detainees, the commissioner denies",
		"APIA, June 2 (Sitrep) — Australian and Japanese aircraft landed in Apia with relief supplies after a cyclone hit Samoa, and Australia sent engineers to Samoa. Looters broke into shops overnight, and the police commissioner denied that officers had beaten detainees.",
		[]string{"WSM>WSM 182"}, nil},
}

// datelineOfficerKept: "the officers" are those named before, whose
// country the earlier phrase told; no dateline police for them.
var datelineOfficerKept = []story{
	{"the officers named before are foreign",
		"ATHENS, June 2 (Sitrep) — Greece protested to Turkey on Monday after Turkish coast guard officers boarded a Greek fishing boat near Lesbos. Greece said the officers seized the crew's nets.",
		nil, []string{"GRC>TUR 171", "GRC>GRC 171"}},
}

// TestDatelineOfficer runs the stories through the whole pipeline.
func TestDatelineOfficer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, datelineOfficerStories)
	runStories(t, p, datelineOfficerKept)
}

// TestDatelineOfficerOff: with the rule off, the acts are not coded so.
func TestDatelineOfficerOff(t *testing.T) {
	var cases []offCase
	for _, c := range datelineOfficerStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.DatelineOfficers, cases)
}

// datelinePoliceStories: bare "police" the actor coder places nowhere
// arrest people of no named country, in a story filed from one of its
// two sides that is not about that country's own affairs alone (sixteenth
// session, realmiss). Made-up stories.
var datelinePoliceStories = []story{
	{"police detain youths in a story filed from a region of one side",
		"BELFAST, Northern Ireland — Sinn Fein said on Tuesday it would go back to the power-sharing talks, and Ireland praised the decision. Irish ministers met Sinn Fein leaders in Dublin. Police detained five youths after a night of stone-throwing.",
		[]string{"GBR>GBR 173"}, nil},
}

// TestDatelinePolice runs the stories through the whole pipeline.
func TestDatelinePolice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), datelinePoliceStories)
}

// TestDatelinePoliceOff: with the rule off, the arrests have no source.
func TestDatelinePoliceOff(t *testing.T) {
	var cases []offCase
	for _, c := range datelinePoliceStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.DatelinePolice, cases)
}
