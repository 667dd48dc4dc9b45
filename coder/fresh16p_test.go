package coder_test

import (
	"testing"

	"sitrep/coder"
)

// indefiniteHearsayStories deny "a report that ..." whose content names
// another country: the report is made by no side the denial answers, so
// the denial stays without a target (the gold guide's "-"), not aimed at
// the country the report is about (twelfth session, fresh16p). Made-up
// stories.
var indefiniteHearsayStories = []story{
	{"a newspaper report that another capital pressed the denier",
		"OSLO, May 3 (Sitrep) — Norway kept its fishing quota unchanged on Tuesday. Norwegian officials denied a newspaper report that Brussels had pressed Oslo to cut the quota.",
		[]string{"NOR>- 016"}, []string{"NOR>IGOEUREEC 016"}},
	{"a report that the denier agreed with another capital",
		"LIMA, March 8 (Sitrep) — Peru said on Friday it would keep its import rules. Peruvian officials denied a report that Lima had secretly agreed with Santiago to lower duties on copper.",
		[]string{"PER>- 016"}, []string{"PER>CHL 016"}},
}

// TestIndefiniteHearsay runs the stories through the whole pipeline.
func TestIndefiniteHearsay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), indefiniteHearsayStories)
}

// TestIndefiniteHearsayOff: with the rule off, the report's country comes
// back as the denial's target.
func TestIndefiniteHearsayOff(t *testing.T) {
	comesBackWithout(t, coder.IndefiniteHearsay, indefiniteHearsayStories)
}

// withPartyStories have two sides' envoys hold talks "with" a third
// party: the guide pairs coordinated sides of a reciprocal act only when
// it has no other target, so the two are not coded toward each other
// (twelfth session, fresh16p). Made-up stories; the with-phrase hangs on
// the place, and the party is a person the actor coder leaves
// uncountried.
var withPartyStories = []story{
	{"two ministers hold talks in a capital with an official of its body",
		"GENEVA, April 4 (Sitrep) — Peru and Chile asked the World Health Organization for vaccines on Tuesday. Peruvian Health Minister Rosa Quispe and Chilean Health Minister Tomas Rojas held talks in Geneva with Vice-President Hans Berger and trade officials.",
		nil, []string{"PER>CHL 046", "CHL>PER 046"}},
}

// TestWithParty runs the stories through the whole pipeline.
func TestWithParty(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), withPartyStories)
}

// TestWithPartyOff: with the rule off, the two sources are paired again.
func TestWithPartyOff(t *testing.T) {
	comesBackWithout(t, coder.WithPartyApart, withPartyStories)
}
