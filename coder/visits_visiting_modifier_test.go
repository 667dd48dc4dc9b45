package coder_test

import (
	"testing"

	"sitrep/coder"
)

// visitingModifierStories tell a visit by "visiting" before the named
// visitor, as wire copy does (visiting23). Made-up stories.
var visitingModifierStories = []story{
	{"received visiting: the visitor 042, the host 043",
		"Egyptian President Kamal Nour received visiting Sudanese Prime Minister Osman Taha in Cairo on Sunday.",
		[]string{"SDN>EGY 042", "EGY>SDN 043"}, []string{"EGY>SDN 042", "SDN>EGY 043"}},
	{"met with the visiting minister",
		"Lao Prime Minister Somsak Vong met with the visiting Cambodian Foreign Minister Chea Sophal in Vientiane on Wednesday.",
		[]string{"KHM>LAO 042", "LAO>KHM 043"}, nil},
	{"a host and a visitor coordinated",
		"Jordanian Prime Minister Faisal Nasser and visiting Iraqi President Salim Jaber discussed water sharing in Amman on Monday.",
		[]string{"IRQ>JOR 042", "JOR>IRQ 043"}, nil},
	{"told visiting",
		"Kenyan President Daniel Wambua told visiting Ugandan Foreign Minister Grace Achieng on Tuesday that the border would stay open.",
		[]string{"UGA>KEN 042", "KEN>UGA 043"}, []string{"KEN>UGA 042"}},
}

// visitingBesideTalksStories: talks with a visiting counterpart are the
// talks (046), no visit beside them.
var visitingBesideTalksStories = []story{
	{"held talks with his visiting counterpart",
		"Peruvian Foreign Minister Luis Quispe held talks with his visiting Chilean counterpart Juan Soto on Monday.",
		[]string{"PER>CHL 046", "CHL>PER 046"}, []string{"PER>CHL 042", "CHL>PER 043"}},
}

// visitingVerbStories: "visiting" that is the verb stays the verb.
var visitingVerbStories = []story{
	{"while visiting a country",
		"Hungarian Foreign Minister Peter Kovacs said on Monday while visiting Serbia that the pipeline would be finished next year.",
		[]string{"HUN>SRB 042"}, nil},
}

// TestVisitingModifier runs the stories through the whole pipeline.
func TestVisitingModifier(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, visitingModifierStories)
	runStories(t, p, visitingBesideTalksStories)
	runStories(t, p, visitingVerbStories)
}

// TestVisitingModifierOff: with the rule off, the visits are gone or
// backwards.
func TestVisitingModifierOff(t *testing.T) {
	failsWithout(t, coder.VisitingModifier, []offCase{
		{visitingModifierStories[0].text, "SDN>EGY 042"},
		{visitingModifierStories[1].text, "KHM>LAO 042"},
		{visitingModifierStories[2].text, "IRQ>JOR 042"},
		{visitingModifierStories[3].text, "UGA>KEN 042"},
	})
}

// TestVisitingBesideTalksOff: with the rule off, the visit beside the
// talks comes back.
func TestVisitingBesideTalksOff(t *testing.T) {
	comesBackWithout(t, coder.VisitingModifier, visitingBesideTalksStories)
}

// TestVisitingModifierAtDocumentStart: "Visiting" as the article's first
// word (no word before it) neither panics nor codes a visit the words do
// not tell (mend17: the rule read the word before it).
func TestVisitingModifierAtDocumentStart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"Visiting opens the article",
			"Visiting Estonian Foreign Minister Mart Kask said on Monday that the talks had gone well.",
			nil, []string{"EST>EST 042"}},
		{"Visiting opens the article, a host in the clause",
			"Visiting Latvian Prime Minister Janis Ozols and Lithuanian President Rokas Petraitis discussed energy in Vilnius on Friday.",
			nil, nil},
	})
}
