package coder_test

import (
	"testing"

	"sitrep/coder"
)

// apposedNameStories: a subject title the actor coder gives no country,
// set off by commas beside a named actor, acts for that actor
// (seventeenth session, actor22). Made-up stories.
var apposedNameStories = []story{
	{"a party leader named beside the title",
		"The veteran party leader, Marine Le Pen, praised Italy's government on Tuesday.",
		[]string{"FRA>ITA 051"}, nil},
	{"a bloc's figurehead named beside the title",
		"The nationalist party chairman, Viktor Orban, praised Serbia on Monday.",
		[]string{"HUN>SRB 051"}, nil},
}

// apposedNameKept: a noun with no comma before its "apposition" is a
// misparse, and a coded subject keeps its own code.
var apposedNameKept = []story{
	{"a subject coded by itself",
		"Turkey's foreign minister, Mevlut Cavusoglu, criticised Greece on Monday.",
		[]string{"TUR>GRC 111"}, nil},
}

// TestApposedName runs the stories through the whole pipeline.
func TestApposedName(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, apposedNameStories)
	runStories(t, p, apposedNameKept)
}

// TestApposedNameOff: with the rule off, the stories' events are not
// coded.
func TestApposedNameOff(t *testing.T) {
	var cases []offCase
	for _, c := range apposedNameStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.ApposedName, cases)
}
