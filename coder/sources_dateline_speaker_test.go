package coder_test

import (
	"testing"

	"sitrep/coder"
)

// datelineSpeakerStories: a verbal act by a speaker the actor coder
// places nowhere, in a story filed from one of its two sides, whose
// object names the addressee (fourteenth session, speech18). Made-up
// stories.
var datelineSpeakerStories = []story{
	{"an unknown envoy accuses the other side",
		"PRETORIA, June 2 (Sitrep) — South Africa said on Monday it would not expel the U.S. ambassador, a week after Washington cut aid to the country. At a seminar on Monday, Mbekela accused the U.S. administration of bullying smaller states.",
		[]string{"ZAF>USA 112"}, nil},
	{"a rival rejects the president's decree",
		"MINSK, June 2 (Sitrep) — Belarus closed its border with Lithuania on Monday, and Lithuania protested. Olga Sirko, who ran against him, rejected President Alexander Lukashenko's decree.",
		[]string{"BLR>BLR 120"}, nil},
}

// datelineSpeakerKept: no dateline speaker when the act names no
// addressee, or the speaker says he is of another country.
var datelineSpeakerKept = []story{
	{"a foreign speaker named by his see",
		"ROME, June 2 (Sitrep) — Italy and Albania signed a migration deal on Monday. Father Lorenzo Bakalli, a priest from Tirana, criticised Albania's government over the deal.",
		nil, []string{"ITA>ALB 111"}},
}

// TestDatelineSpeaker runs the stories through the whole pipeline.
func TestDatelineSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, datelineSpeakerStories)
	runStories(t, p, datelineSpeakerKept)
}

// TestDatelineSpeakerOff: with the rule off, the acts have no source.
func TestDatelineSpeakerOff(t *testing.T) {
	var cases []offCase
	for _, c := range datelineSpeakerStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.DatelineSpeakers, cases)
}
