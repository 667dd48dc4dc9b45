package coder_test

import (
	"testing"

	"sitrep/coder"
)

// misreadRelativeCases: made-up stories whose said clause the parser
// hangs as a relative clause on the day or on the hearer (date29).
var misreadRelativeCases = map[*bool][]date14Case{
	coder.SaidClauseNotRelative: {
		{"a said clause hung on the day itself takes the saying's day",
			"2025-03-13", "Kenya said on Sunday it stood ready to help the Ugandan government respond to the floods.",
			"ready", "2025-03-09"},
		{"a 'that' clause hung on the hearer of 'told' takes the telling's day",
			"2025-03-13", "Ugandan President Yoweri Museveni told a rally on Sunday that Uganda would not bow to pressure from Kenya.",
			"bow", "2025-03-09"},
	},
}

// TestMisreadRelative checks each story's date with the rule on, that
// each fails with it off, and that a true relative clause keeps its act
// off the main clause's day.
func TestMisreadRelative(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, misreadRelativeCases)
	datedWrongWithout(t, misreadRelativeCases)
	wantEventDate(t, p, "a true relative clause with 'that' keeps the story's day", "2025-03-13",
		"Kenya imposed sanctions on Uganda on Monday, a day after a referendum that Nairobi called a sham.",
		"called", "2025-03-13")
}
