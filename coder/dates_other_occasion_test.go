package coder_test

import (
	"testing"

	"sitrep/coder"
)

// otherOccasionCases: made-up stories whose act has an "after" phrase
// naming an earlier occasion with its own day (date29).
var otherOccasionCases = map[*bool][]date14Case{
	coder.OtherOccasionDay: {
		{"the day of an occasion after 'after' is not the act's",
			"2025-03-13", "Kenya said on Sunday it had accepted offers of rescue teams from Uganda and Tanzania after the floods on Friday night.",
			"accepted", "2025-03-09"},
		{"nor the act's coordinated with it (review23 finding 5: actTimex)",
			"2025-03-13", "Kenya said on Sunday it had sent rescue teams to Uganda after the floods on Friday night and had urged Tanzania to open its border.",
			"urged", "2025-03-09"},
	},
}

// TestOtherOccasion checks the story's date with the rule on and that it
// fails with the rule off.
func TestOtherOccasion(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, otherOccasionCases)
	datedWrongWithout(t, otherOccasionCases)
}
