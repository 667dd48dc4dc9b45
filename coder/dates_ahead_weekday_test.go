package coder_test

import (
	"testing"

	"sitrep/coder"
)

// date18Cases: a bare weekday told of what may or is to come is the
// coming one (date18). Made-up; 2025-03-13 is a Thursday.
var date18Cases = map[*bool][]date14Case{
	coder.AheadWeekday: {
		{"a possibility with 'could' takes the coming Monday",
			"2025-03-13", "Ghana's foreign minister could travel to Lome on Monday, diplomats said.",
			"travel", "2025-03-17"},
		{"the same with 'would' and a condition",
			"2025-03-13", "Kenya said it would lift its ban on Ugandan milk on Tuesday if Kampala dropped its tariff.",
			"lift", "2025-03-18"},
		{"a timetable in the present simple takes the coming Monday",
			"2025-03-13", "Ghana's president flies to Lome on Monday for talks with Togo's leader.",
			"flies", "2025-03-17"},
	},
}

// TestDate18 checks the cases' dates, and that a past act and a present
// speech verb keep the past weekday.
func TestDate18(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, date18Cases)
	wantEventDate(t, p, "a past act keeps the past Monday", "2025-03-13",
		"Ghana's president flew to Lome on Monday for talks with Togo's leader.",
		"flew", "2025-03-10")
}

// TestDate18Off shows each case misdated with its rule off (the past
// weekday).
func TestDate18Off(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	datedWrongWithout(t, date18Cases)
}
