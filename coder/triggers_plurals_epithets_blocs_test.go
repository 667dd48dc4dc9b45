package coder_test

import (
	"testing"

	"sitrep/coder"
)

// Eleventh session, subj14: made-up stories for triggers the lexicon knew
// that coded nothing.

// suppliesStories send "supplies", a plural the tagger keeps as its own
// lemma.
var suppliesStories = []story{
	{"emergency supplies sent",
		"SUVA, May 27 (Sitrep) — Japan said it would send emergency supplies to Fiji after the cyclone.",
		[]string{"JPN>FJI 073"}, nil},
	{"medical supplies delivered",
		"DILI, May 27 (Sitrep) — Indonesia delivered medical supplies to East Timor on Monday.",
		[]string{"IDN>TLS 073"}, nil},
}

func TestIESPlurals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), suppliesStories)
}

func TestIESPluralsOff(t *testing.T) {
	failsWithout(t, coder.IESPlurals, []offCase{
		{suppliesStories[0].text, "JPN>FJI 073"},
		{suppliesStories[1].text, "IDN>TLS 073"},
	})
}

// epithetStories: "the kingdom", "the country" as the subject of what a
// speaker of that country says.
var epithetStories = []story{
	{"the kingdom will not reopen its embassy",
		"MANAMA, May 27 (Sitrep) — Iran has asked to restore ties. Bahraini officials said the kingdom would not reopen its embassy in Tehran this year.",
		[]string{"BHR>IRN 050"}, []string{"IRN>BHR 050"}},
	{"the kingdom will recall its ambassador",
		"RABAT, May 27 (Sitrep) — Algeria expelled two diplomats. Moroccan officials said the kingdom would recall its ambassador from Algiers.",
		[]string{"MAR>DZA 161"}, nil},
}

func TestEpithetSpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), epithetStories)
}

func TestEpithetSpeakersOff(t *testing.T) {
	failsWithout(t, coder.EpithetSpeakers, []offCase{
		{epithetStories[0].text, "BHR>IRN 050"},
		{epithetStories[1].text, "MAR>DZA 161"},
	})
}

// TestRefusedOneWayOff: with the rule off, the side that refused nothing
// is coded too ("would not reopen its embassy" read each way).
func TestRefusedOneWayOff(t *testing.T) {
	comesBackWithout(t, coder.RefusedOneWay, []story{
		{"refused reopening, each way", "MANAMA, May 27 (Sitrep) — Bahrain said it would not reopen its embassy in Tehran.", nil, []string{"IRN>BHR 050"}},
	})
}

// blocStories: embassies "in all ASEAN capitals" are in the member
// countries, not in the bloc.
var blocStories = []story{
	{"embassies in the bloc's capitals",
		"JAKARTA, May 27 (Sitrep) — Timor-Leste said it would open embassies in all ASEAN capitals by next year.",
		nil, []string{"TLS>IGOSEAASN 050"}},
}

func TestBlocMembers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), blocStories)
}

func TestBlocMembersOff(t *testing.T) {
	comesBackWithout(t, coder.BlocMembersOn, blocStories)
}
