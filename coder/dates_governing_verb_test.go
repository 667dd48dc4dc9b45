package coder_test

import (
	"testing"

	"sitrep/coder"
)

// governedCases: made-up stories whose act is told inside the act of a
// verb above it that carries a week or a month (date29).
var governedCases = map[*bool][]date14Case{
	coder.GovernedPeriod: {
		{"an infinitive complement takes the week of the verb it completes",
			"2025-03-13", "This week, Kenya declined to criticize Uganda over the border closure.",
			"criticize", "2025-03"},
		{"the same with a month after the subject",
			"2025-03-13", "Kenya this month refused to condemn Uganda's decision.",
			"condemn", "2025-03"},
		{"a noun under 'during' takes the week hung on the main verb",
			"2025-03-13", "Local newspapers reported that during Ruto's visit to Uganda this week, President Yoweri Museveni repeated his request for a new pipeline.",
			"visit", "2025-03"},
		{"a purpose infinitive's conjunct takes the week of the paying",
			"2025-03-13", "This week, Ghana paid for ten Togolese lawmakers to fly to Accra and tour its ports.",
			"tour", "2025-03"},
	},
}

// TestGovernedPeriod checks each story's date with the rule on, and that
// each fails with it off.
func TestGovernedPeriod(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	wantCaseDates(t, p, governedCases)
	datedWrongWithout(t, governedCases)
	// A plan's infinitive is of another day than the agreeing.
	wantEventDate(t, p, "a plan told in an infinitive keeps its own dating", "2025-03-13",
		"Kenya agreed this week to mediate between Uganda and Rwanda.",
		"mediate", "2025-03-13")
}
