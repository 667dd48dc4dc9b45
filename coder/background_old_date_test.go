package coder_test

import (
	"testing"

	"sitrep/coder"
)

// oldDatedStories tell acts whose date the coder finds outside the
// act's own words, half a year or more before the story (published
// 2024-05-28 in these tests): background, not news (realspur2). Made-up
// stories.
var oldDatedStories = []story{
	{"an accusation dated by the arrest it is coordinated with",
		"RABAT, May 28 (Sitrep) — The Algerian authorities arrested two Moroccan engineers in October 2023 and accused them of espionage, a charge Rabat has always rejected.",
		[]string{"MAR>DZA 016"}, []string{"DZA>MAR 1125", "DZA>MAR 112"}},
	{"a kidnapping dated by the capture it was",
		"RABAT, May 28 (Sitrep) — The ministry said it had informed the family of the engineer, who was kidnapped by Algerian soldiers, that he died weeks after his capture on October 3, 2023.",
		nil, []string{"DZA>MAR 181", "DZA>MAR 18"}},
}

// recentDatedStories date an act a few weeks back: it stays.
var recentDatedStories = []story{
	{"an accusation of this month",
		"RABAT, May 28 (Sitrep) — The Algerian authorities arrested two Moroccan engineers on May 20 and accused them of espionage, a charge Rabat has rejected.",
		[]string{"DZA>MAR 1125"}, nil},
}

// TestOldDated runs the stories through the whole pipeline.
func TestOldDated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, oldDatedStories)
	runStories(t, p, recentDatedStories)
}

// TestOldDatedOff: with the rule off, the old accusation comes back.
func TestOldDatedOff(t *testing.T) {
	comesBackWithout(t, coder.OldDated, oldDatedStories)
}

// TestLastDay: a month or a year runs to its end; a date that does not
// parse (no month 13) means no day, not the year 1.
func TestLastDay(t *testing.T) {
	for _, c := range []struct{ date, want string }{
		{"2024-02-10", "2024-02-10"},
		{"2024-02", "2024-02-29"},
		{"2023", "2023-12-31"},
		{"1998-13", ""},
		{"199X", ""},
		{"2024-02-30", ""},
		{"PRESENT_REF", ""},
	} {
		got := coder.LastDay(c.date)
		if c.want == "" {
			if !got.IsZero() {
				t.Errorf("LastDay(%q) = %s, want zero", c.date, got.Format("2006-01-02"))
			}
			continue
		}
		if got.Format("2006-01-02") != c.want {
			t.Errorf("LastDay(%q) = %s, want %s", c.date, got.Format("2006-01-02"), c.want)
		}
	}
}
