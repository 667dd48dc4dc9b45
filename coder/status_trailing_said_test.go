package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// status18Stories are the fourteenth session's status cases (made-up
// stories): the first wanted event goes wrong with the rule switched off.
var status18Stories = []story{
	{"a trailing attribution over two clauses",
		"NAIROBI, May 28 (Sitrep) — About 300 of the Kenyan opposition's supporters gathered outside the court on Friday for a hearing, and police arrested 15 of them, witnesses said.",
		[]string{"KEN 14 reported"}, []string{"KEN 14 occurred"}},
}

// TestStatus18 checks each story, then that it goes wrong with the rule
// switched off.
func TestStatus18(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	checkStories(t, p, status18Stories, rootStatus15)
	*coder.TrailingSays = false
	defer func() { *coder.TrailingSays = true }()
	for _, c := range status18Stories {
		d := &sitrep.Document{ID: "t", Text: c.text}
		var err error
		if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if rootStatus15(e) == c.want[0] {
				t.Errorf("with the rule off, %s: %s is still coded", c.name, c.want[0])
			}
		}
	}
}
