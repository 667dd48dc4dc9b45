package coder_test

import (
	"testing"

	"sitrep/coder"
)

// pairSubjectCases: made-up stories whose second clause's subject is the
// pair the dated first clause told of (date29).
var pairSubjectCases = map[*bool][]date14Case{
	coder.PairSubjectGoesOn: {
		{"'the two leaders' go on with the talks' day",
			"2025-03-13", "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Monday, and the two leaders signed a border agreement.",
			"signed", "2025-03-10"},
		{"'both leaders' go on with the meeting's day",
			"2025-03-13", "Ruto met Museveni in Kampala on Monday, and both leaders signed a trade pact.",
			"signed", "2025-03-10"},
		{"'the delegations' (group) go on with the talks' day (review23 finding 2)",
			"2025-03-13", "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Monday, and the delegations signed a border agreement.",
			"signed", "2025-03-10"},
	},
}

// TestPairSubject checks each story's date with the rule on, that each
// fails with it off, and that a clause with a new subject keeps the
// story's day.
func TestPairSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, pairSubjectCases)
	datedWrongWithout(t, pairSubjectCases)
	wantEventDate(t, p, "another pair's clause keeps the story's day", "2025-03-13",
		"Kenya's president met Uganda's president on Monday, and Tanzania signed a trade pact with Rwanda.",
		"signed", "2025-03-13")
	// review23 finding 2: the pair told after the undated clause does
	// not carry its day back to it.
	wantEventDate(t, p, "the pair's later dated clause leaves the call before it undated", "2025-03-13",
		"Kenya's president phoned Uganda's president, and the two leaders met in Arusha on Friday.",
		"phoned", "2025-03-13")
}
