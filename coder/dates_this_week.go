package coder

import (
	"strings"
	"time"

	"sitrep"
)

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

// thisWeekSoFarSwitch switches thisWeekSoFar (tests turn it off).
var thisWeekSoFarSwitch = true

// thisWeekSoFar returns the month of a past act told "this week" when
// the week spans two months but its days up to the publication day do
// not ("held joint exercises near the Kurdish region this week" in a
// story of Wednesday 27 September 2017: the week runs into October, the
// exercises are September's). The act is done by the story's day. p is
// the precision normalise gave tx's value: "year" for a week across two
// months.
func thisWeekSoFar(tx *sitrep.Timex, p, status string, pub time.Time) (string, bool) {
	if !thisWeekSoFarSwitch || p != "year" || pub.IsZero() || !thisWeekDates(strings.ToLower(tx.Text), status) {
		return "", false
	}
	monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
	if monday.Month() != pub.Month() {
		return "", false
	}
	return pub.Format("2006-01"), true
}
