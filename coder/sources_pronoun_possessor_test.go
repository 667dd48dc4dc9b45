package coder_test

import (
	"testing"

	"sitrep/coder"
)

// pronounPossessorStories: a noun trigger whose possessor is "his" or
// "her" is the act of the person the pronoun stands for (seventeenth
// session, actor22). Made-up stories.
var pronounPossessorStories = []story{
	{"his visit to a country",
		"Kenyan President William Ruto spoke to reporters on Friday about the economy during his visit to Japan.",
		[]string{"KEN>JPN 042", "JPN>KEN 043"}, nil},
	{"his meeting with a named partner",
		"Brazilian President Luiz Inacio Lula da Silva praised the harvest, saying after his meeting with Argentine President Javier Milei that trade was strong.",
		[]string{"BRA>ARG 040"}, nil},
}

// TestPronounPossessor runs the stories through the whole pipeline.
func TestPronounPossessor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), pronounPossessorStories)
}

// TestPronounPossessorOff: with the rule off, the stories' events are not
// coded.
func TestPronounPossessorOff(t *testing.T) {
	var cases []offCase
	for _, c := range pronounPossessorStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.PronounPossessor, cases)
}
