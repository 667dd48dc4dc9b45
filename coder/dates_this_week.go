package coder

import "sitrep"

// thisWeekPast switches on thisWeekDates (tests turn it off).
var thisWeekPast = true

// thisWeekDates reports a past act told "this week" ("the king met this
// week with Saddam", "held joint exercises near the border this week"):
// the week is done or under way, and the gold guide dates it by its month
// (or its year, across two months), as it dates "last week". Not a plan
// (periodDates already dates it) nor a hypothetical act, which the week
// does not place.
func thisWeekDates(w, status string) bool {
	if !thisWeekPast || w != "this week" {
		return false
	}
	switch status {
	case sitrep.StatusOccurred, sitrep.StatusReported, sitrep.StatusDenied, sitrep.StatusNegated:
		return true
	}
	return false
}
