package coder_test

import (
	"testing"

	"sitrep/coder"
)

// weekSoFarStories tell a past act "this week" in a week that runs into
// the next month: the days up to the story's day are one month's
// (twenty-first session, date30). Made-up stories, published on
// Tuesday 2024-05-28 (the week runs to Sunday 2 June).
var weekSoFarStories = []story{
	{"joint exercises this week",
		"Kenya and Uganda held joint military exercises near the border this week.",
		[]string{"KEN>UGA 062 2024-05"}, []string{"KEN>UGA 062 2024"}},
}

// TestThisWeekSoFar: the act is dated by May.
func TestThisWeekSoFar(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	checkStories(t, pipeline(t), weekSoFarStories, datedKey)
}

// TestThisWeekSoFarOff: with the rule off, the week's two months give
// its year.
func TestThisWeekSoFarOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.ThisWeekSoFar = false
	defer func() { *coder.ThisWeekSoFar = true }()
	var off []story
	for _, c := range weekSoFarStories {
		off = append(off, story{c.name + " (rule off)", c.text, c.not, nil})
	}
	checkStories(t, pipeline(t), off, datedKey)
}
