package coder_test

import (
	"testing"

	"sitrep/coder"
)

// geographyStories: where a country lies, told with an event word in the
// simple present, is no act; troops surrounding a building and leaders
// meeting are. Made-up stories.
var geographyStories = []story{
	{"a country that surrounds another",
		"PRETORIA, May 27 (Sitrep) — South Africa, which surrounds Lesotho, said on Monday it would help the kingdom's farmers after the floods.",
		nil, []string{"ZAF>LSO 191"}},
	{"a territory that meets two neighbours at a border",
		"BRASILIA, May 27 (Sitrep) — Brazil, whose territory meets both countries' at the tri-border near Tabatinga, urged Peru and Colombia on Monday to settle their dispute.",
		[]string{"BRA>PER 020"}, []string{"BRA>PER 040", "PER>BRA 040"}},
}

// geographyActs: the same verbs as acts stay coded.
var geographyActs = []story{
	{"soldiers surrounded a building",
		"BAMAKO, May 27 (Sitrep) — Malian soldiers surrounded the French embassy in Bamako on Monday, witnesses said.",
		[]string{"MLI>FRA 191"}, nil},
	{"a leader meets another",
		"TOKYO, May 27 (Sitrep) — Japan's prime minister meets South Korea's president in Seoul on Friday, his office said.",
		[]string{"JPN>KOR 040"}, nil},
}

// TestGeography runs the stories through the whole pipeline.
func TestGeography(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, geographyStories)
	runStories(t, p, geographyActs)
}

// TestGeographyOff: with the rule off, the map's events come back.
func TestGeographyOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	coder.SetFigurative("geography", false)
	defer coder.SetFigurative("geography", true)
	p := pipeline(t)
	for _, c := range geographyStories {
		got := denialCodes(t, p, c.text)
		back := false
		for _, k := range c.not {
			back = back || got[k]
		}
		if !back {
			t.Errorf("%s: with the rule off, none of %v is coded (got %v)", c.name, c.not, got)
		}
	}
}
