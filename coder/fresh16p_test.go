package coder_test

import (
	"testing"

	"sitrep"
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

// toldAheadStories sum an act up in the present perfect before telling it
// with its day: the gold guide codes one event, so the pair and code are
// coded once, on the later telling's day (twelfth session, fresh16p).
// Made-up stories, published on 2024-05-28 (a Tuesday).
var toldAheadStories = []struct{ text, want, day string }{
	{"ACCRA, May 28 (Sitrep) — Ghana has summoned Togo's ambassador over a shooting at the border, the foreign ministry said. The ministry summoned the Togolese ambassador on Friday and asked for an explanation.",
		"GHA>TGO 114", "2024-05-24"},
	{"HANOI, May 28 (Sitrep) — Vietnam has expelled a Cambodian diplomat, state media said. Vietnam expelled the Cambodian diplomat on Sunday after a row over fishing rights.",
		"VNM>KHM 174", "2024-05-26"},
}

// toldAheadDays runs a story and returns the days of its events of key k
// ("SRC>TGT CAMEO").
func toldAheadDays(t *testing.T, p interface{ Process(*sitrep.Document) error }, text, k string) []string {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, e := range d.Events {
		if key(e.Source)+">"+key(e.Target)+" "+e.CAMEO == k {
			days = append(days, e.Date)
		}
	}
	return days
}

// TestToldAhead: one event, on the later telling's day.
func TestToldAhead(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range toldAheadStories {
		if days := toldAheadDays(t, p, c.text, c.want); len(days) != 1 || days[0] != c.day {
			t.Errorf("%s: got days %v, want one event on %s, in %q", c.want, days, c.day, c.text)
		}
	}
}

// TestToldAheadOff: with the rule off, the summary stands as a second
// event on the publication day.
func TestToldAheadOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ToldAhead = false
	defer func() { *coder.ToldAhead = true }()
	p := pipeline(t)
	for _, c := range toldAheadStories {
		if days := toldAheadDays(t, p, c.text, c.want); len(days) < 2 {
			t.Errorf("with the rule off, %s has days %v, want two events (the test no longer shows the rule)", c.want, days)
		}
	}
}
