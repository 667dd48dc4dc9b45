package coder_test

import (
	"testing"

	"sitrep/coder"
)

// weekCountStories date acts by a count of weeks: the week's month, or
// its year when the week spans two months; one week stays a day
// (twenty-first session, date30). Made-up stories, published on
// 2024-05-28 (a Tuesday).
var weekCountStories = []story{
	{"two weeks ago is the week's month",
		"Ghana accused Togo two weeks ago of sheltering gunmen near the border.",
		[]string{"GHA>TGO 112 2024-05"}, []string{"GHA>TGO 112 2024-05-14"}},
	{"a week across two months is its year",
		"Peru condemned Bolivia four weeks ago for closing the border crossing.",
		[]string{"PER>BOL 111 2024"}, []string{"PER>BOL 111 2024-04-30"}},
	{"one week ago stays a day",
		"Chile accused Argentina a week ago of spying on its navy.",
		[]string{"CHL>ARG 112 2024-05-21"}, nil},
	{"two weeks earlier than a day told before",
		"Kenya accused Uganda on Sunday of arming the rebels. Two weeks earlier, Tanzania condemned Rwanda for the border raids.",
		[]string{"KEN>UGA 112 2024-05-26", "TZA>RWA 111 2024-05"}, []string{"TZA>RWA 111 2024-05-12"}},
}

// TestCountedWeeks: a count of weeks dates by the week's month.
func TestCountedWeeks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), weekCountStories, datedKey)
}

// TestCountedWeeksOff: with the rule off, the acts take the tagger's day.
func TestCountedWeeksOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.CountedWeeks = false
	defer func() { *coder.CountedWeeks = true }()
	var off []story
	for _, c := range weekCountStories {
		if len(c.not) > 0 {
			off = append(off, story{c.name + " (rule off)", c.text, c.not, nil})
		}
	}
	checkStories(t, pipeline(t), off, datedKey)
}
