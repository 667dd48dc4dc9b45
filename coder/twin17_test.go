package coder_test

import (
	"testing"

	"sitrep/coder"
)

// aheadPastStories tell an act first in the simple past with no day of
// its own, then again with its day: one event, on the later telling's
// day (twin17). Made-up stories, published on 2024-05-28 (a Tuesday).
var aheadPastStories = []struct{ text, want, day string }{
	{"DAKAR, May 28 (Sitrep) — Senegal criticised the fishing accord that Mauritania signed with Gambia, its foreign ministry said. Mauritanian and Gambian ministers signed the accord on Saturday.",
		"MRT>GMB 057", "2024-05-25"},
	{"LIMA, May 28 (Sitrep) — Peru expelled a Bolivian diplomat over a border row, the foreign ministry said. Peru expelled the Bolivian diplomat on Sunday after a dispute over water rights.",
		"PER>BOL 174", "2024-05-26"},
}

// TestAheadPast: one event, on the later telling's day.
func TestAheadPast(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range aheadPastStories {
		if days := toldAheadDays(t, p, c.text, c.want); len(days) != 1 || days[0] != c.day {
			t.Errorf("%s: got days %v, want one event on %s, in %q", c.want, days, c.day, c.text)
		}
	}
}

// TestAheadPastOff: with the rule off, the first telling stands as a
// second event on the publication day.
func TestAheadPastOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.AheadPast = false
	defer func() { *coder.AheadPast = true }()
	p := pipeline(t)
	for _, c := range aheadPastStories {
		if days := toldAheadDays(t, p, c.text, c.want); len(days) < 2 {
			t.Errorf("with the rule off, %s has days %v, want two events (the test no longer shows the rule)", c.want, days)
		}
	}
}
