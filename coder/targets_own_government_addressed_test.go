package coder_test

import (
	"testing"

	"sitrep/coder"
)

// ownGovernmentStories: "the government" addressed by a country's own
// lawmakers or opposition is their own, not the foreign government the
// article named last (sixteenth session, target21). Made-up stories.
var ownGovernmentStories = []story{
	{"lawmakers urge the government, after a foreign government is named",
		"SEOUL, June 2 (Sitrep) — Three South Korean workers went missing in Laos last month, and the government of Laos said it was searching for them.\n\nSouth Korean lawmakers urged the government to cut aid to Laos.",
		[]string{"KOR>KOR 020"}, []string{"KOR>LAO 020"}},
	{"opposition lawmakers demand that the government act",
		"TEHRAN, June 2 (Sitrep) — Turkmenistan cut gas supplies to Iran on Monday. Iranian lawmakers demanded that the government reduce trade with Ashgabat.",
		[]string{"IRN>IRN 100"}, []string{"IRN>TKM 100"}},
}

// ownGovernmentKept: a state's words to "the government" are left alone.
var ownGovernmentKept = []story{
	{"a foreign state urges the government",
		"VIENTIANE, June 2 (Sitrep) — Three South Korean workers went missing in Laos last month. South Korea's foreign ministry urged the government to step up the search.",
		nil, []string{"KOR>KOR 020"}},
}

// TestOwnGovernment runs the stories through the whole pipeline.
func TestOwnGovernment(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, ownGovernmentStories)
	runStories(t, p, ownGovernmentKept)
}

// TestOwnGovernmentOff: with the rule off, the appeals go abroad.
func TestOwnGovernmentOff(t *testing.T) {
	var cases []offCase
	for _, c := range ownGovernmentStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.OwnGovernment, cases)
}
