package coder_test

import (
	"testing"

	"sitrep/coder"
)

// Second verbs with no subject of their own whose parse hides the
// subject they share (sixteenth session, conjsubj). Made-up stories.

// misreadConjStories: the second verb coordinated with the first verb's
// object ("calling congressional Republicans and urging them").
var misreadConjStories = []story{
	{"an appeal coordinated with the object of a calling",
		"WASHINGTON, June 2 (Sitrep) — Ukrainian Foreign Minister Dmytro Kuleba started calling congressional Republicans and urging them to approve the aid package.",
		[]string{"UKR>USA 020"}, nil},
	{"an appeal coordinated with the object, a subject at home",
		"WASHINGTON, June 2 (Sitrep) — U.S. Treasury Secretary Janet Yellen started calling congressional Republicans and urging them to raise the debt ceiling.",
		[]string{"USA>USA 020"}, nil},
}

// participleOpenerStories: "X, speaking in Y, called for", the parse
// giving the opening phrase to the participle.
var participleOpenerStories = []story{
	{"a call for calm after a participle",
		"NAIROBI, June 2 (Sitrep) — Kenyan President William Ruto, speaking in Mombasa, called for calm after the clashes.",
		[]string{"KEN>KEN 0256"}, nil},
	{"a call for calm after a participle, another country",
		"LIMA, June 2 (Sitrep) — Peruvian President Dina Boluarte, speaking in Cusco, called for calm after the clashes.",
		[]string{"PER>PER 0256"}, nil},
}

// askedStories: a request coordinated with a reported clause is the
// speaker's.
var askedStories = []story{
	{"a request after a reported clause",
		"BOGOTA, June 2 (Sitrep) — Colombian Foreign Minister Luis Murillo said his country was receiving thousands of Venezuelan migrants, many of whom are sleeping in parks, and asked the United Nations for funds.",
		[]string{"COL>IGOUNO 020"}, nil},
}

func TestConjSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	var all []story
	all = append(all, misreadConjStories...)
	all = append(all, participleOpenerStories...)
	all = append(all, askedStories...)
	runStories(t, pipeline(t), all)
}

// offCases turns stories into the cases failsWithout checks.
func offCases(stories []story) []offCase {
	var cases []offCase
	for _, c := range stories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	return cases
}

func TestMisreadConjOff(t *testing.T) {
	failsWithout(t, coder.MisreadConjClimbs, offCases(misreadConjStories))
}

func TestParticipleOpenerOff(t *testing.T) {
	failsWithout(t, coder.ParticipleOpeners, offCases(participleOpenerStories))
}

func TestAskedSpeechActOff(t *testing.T) {
	failsWithout(t, coder.AskedSpeechActs, offCases(askedStories))
}
