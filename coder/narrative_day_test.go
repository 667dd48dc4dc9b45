package coder_test

import (
	"testing"
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
		wantEventDate(t, p, c.name, "2025-03-11", c.text, c.trigger, c.want)
	}
}
