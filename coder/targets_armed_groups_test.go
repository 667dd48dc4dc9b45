package coder_test

import (
	"testing"

	"sitrep/coder"
)

// armedAtHomeStories tell of words aimed at armed groups the text places
// in no country, or only by the dateline: they are aimed at the
// speaker's own country, not at the foreign actor named nearest
// (pair19). Made-up stories.
var armedAtHomeStories = []story{
	{"gunmen placed only by the dateline",
		"BELGRADE, May 3 (Sitrep) — Montenegro closed a border crossing with Serbia on Monday. Montenegro's government condemned the gunmen and said the crossing would reopen soon.",
		[]string{"MNE>MNE 111"}, []string{"MNE>SRB 111"}},
	{"rebel groups named with a broker",
		"ALGIERS, May 3 (Sitrep) — Algeria and Mali signed a border accord on Monday. Mali's army said on Tuesday that the truce in the north was over and accused rebel groups of violating it dozens of times.",
		[]string{"MLI>MLI 112"}, []string{"MLI>DZA 112"}},
}

// armedPlacedStories keep a target the sentence places.
var armedPlacedStories = []story{
	{"rebels of a named country",
		"BAMAKO, May 3 (Sitrep) — Mali accused Algeria on Monday of arming rebels in the north. Mali's army condemned the Algerian rebels.",
		[]string{"MLI>DZA 111"}, nil},
}

// TestArmedAtHome runs the stories through the whole pipeline.
func TestArmedAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, armedAtHomeStories)
	runStories(t, p, armedPlacedStories)
}

// TestArmedAtHomeOff: with the rule off, the foreign guess comes back.
func TestArmedAtHomeOff(t *testing.T) {
	comesBackWithout(t, coder.ArmedAtHome, armedAtHomeStories)
}
