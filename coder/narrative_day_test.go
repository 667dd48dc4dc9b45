package coder_test

import (
	"testing"

	"sitrep"
)

// TestNarrativeDay: an act on the ground or a meeting told in the plain
// past, in a sentence naming no day, goes on with the day the sentence
// before (in the same paragraph) told; acts in words alone, acts in a
// new paragraph and acts with an auxiliary keep the story's day.
func TestNarrativeDay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		name, text, trigger, want string
	}{
		{"a meeting told after a dated agreement takes its day",
			"Ghana and Togo agreed on Monday to reopen their border. The two foreign ministers met the Ghanaian president in Accra.",
			"met", "2025-03-10"},
		{"a rebuke in words keeps the story's day",
			"Mali's junta expelled the Ivorian ambassador on Monday. Ivory Coast condemned the expulsion.",
			"condemned", "2025-03-11"},
		{"a new paragraph keeps the story's day",
			"Ghana and Togo agreed on Monday to reopen their border.\n\nThe two foreign ministers met the Ghanaian president in Accra.",
			"met", "2025-03-11"},
	}
	for _, c := range cases {
		d := &sitrep.Document{ID: "t", Text: c.text}
		var err error
		if d.Published, err = sitrep.ParseDate("2025-03-11"); err != nil {
			t.Fatal(err)
		}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		found := false
		for _, e := range d.Events {
			if e.Trigger.Text != c.trigger {
				continue
			}
			found = true
			if e.Date != c.want {
				t.Errorf("%s: %q dated %s, want %s", c.name, c.trigger, e.Date, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no event on %q (events %+v)", c.name, c.trigger, d.Events)
		}
	}
}
