package coder_test

import (
	"testing"

	"sitrep/coder"
)

// visitNounTravellerStories tell a visit with a noun whose traveller is
// named outside its phrase, as wire copy does (visiting23). Made-up
// stories.
var visitNounTravellerStories = []story{
	{"the first visit by a minister",
		"ACCRA, May 3 (Sitrep) — Ghana and Togo signed a fishing accord on Tuesday, the first visit to Accra by a Togolese foreign minister in ten years.",
		[]string{"TGO>GHA 042", "GHA>TGO 043"}, nil},
	{"a visit that frames the clause",
		"BANGKOK, May 3 (Sitrep) — Malaysian Prime Minister Anwar Ibrahim raised the border fence with Thai officials during a visit to Bangkok on Tuesday.",
		[]string{"MYS>THA 042", "THA>MYS 043"}, nil},
	{"arrived for a state visit",
		"Kenyan President William Ruto arrived in Dodoma on Monday for a three-day state visit to Tanzania.",
		[]string{"KEN>TZA 042", "TZA>KEN 043"}, nil},
	{"wound up a visit",
		"Iranian President Masoud Pezeshkian wound up a two-day visit to Iraq on Thursday.",
		[]string{"IRN>IRQ 042", "IRQ>IRN 043"}, nil},
	{"arrived in a capital for a visit with no destination of its own",
		"Turkish President Ahmet Kaya arrived in Tokyo on Monday for a three-day state visit.",
		[]string{"TUR>JPN 042", "JPN>TUR 043"}, nil},
	{"a copula's empty subject",
		"It was the first visit by a Chilean president to Bolivia in a decade, officials in La Paz said on Monday.",
		[]string{"CHL>BOL 042"}, nil},
}

// visitNounNoTravellerStories: a visit the subject did not make.
var visitNounNoTravellerStories = []story{
	{"rebuked for a trip: a reason, not a purpose",
		"Nordic leaders rebuked Hungarian Prime Minister Viktor Orban on Saturday for a surprise trip to Minsk.",
		nil, []string{"DNK>BLR 042", "SWE>BLR 042", "NOR>BLR 042", "FIN>BLR 042"}},
	{"a visit with a companion",
		"The World Bank will lend Niger $200 million, its president Ajay Banga said during a visit to Niamey with French Foreign Minister Jean-Noel Barrot.",
		nil, []string{"IGOWBK>FRA 042", "FRA>IGOWBK 043"}},
}

// TestVisitNounTraveller runs the stories through the whole pipeline.
func TestVisitNounTraveller(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, visitNounTravellerStories)
	runStories(t, p, visitNounNoTravellerStories)
}

// TestVisitNounTravellerOff: with the rule off, the visits are gone.
func TestVisitNounTravellerOff(t *testing.T) {
	failsWithout(t, coder.VisitNounTraveller, []offCase{
		{visitNounTravellerStories[0].text, "TGO>GHA 042"},
		{visitNounTravellerStories[1].text, "MYS>THA 042"},
		{visitNounTravellerStories[2].text, "KEN>TZA 042"},
		{visitNounTravellerStories[3].text, "IRN>IRQ 042"},
		{visitNounTravellerStories[4].text, "TUR>JPN 042"},
		{visitNounTravellerStories[5].text, "CHL>BOL 042"},
	})
}

// visitNounNoPlaceStories: a visit to somewhere that is no country.
var visitNounNoPlaceStories = []story{
	{"visits to the front lines",
		"ADDIS ABABA, May 3 (Sitrep) — Eritrea and Ethiopia traded accusations on Tuesday. During visits to the front lines, Eritrean Defence Minister Sebhat Ephrem meets fellow officers.",
		nil, []string{"ETH>ERI 042", "ERI>ETH 042"}},
}

// TestVisitNounNoPlace: a destination that names no actor gives no visit.
func TestVisitNounNoPlace(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), visitNounNoPlaceStories)
}

// TestVisitNounPlaceGuardOff: without the guard, the guessed host comes
// back.
func TestVisitNounPlaceGuardOff(t *testing.T) {
	comesBackWithout(t, coder.VisitNounPlaceGuard, visitNounNoPlaceStories)
}
