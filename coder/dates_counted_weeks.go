package coder

import (
	"fmt"
	"regexp"
	"time"

	"sitrep"
)

// countedWeeks: "two weeks ago", "three weeks earlier", "a few weeks
// later" count whole weeks, and the time tagger gives the day they land
// on (TimeBank writes them to the day more often than to the week). The
// count says no more than the week: the gold guide dates a week by its
// month, or its year when the week spans two months, as it dates "last
// week" ("Two weeks earlier, Dutch voters dealt a blow to European Union
// foreign policy by rejecting a treaty" is `2016-04`). One week ("a week
// ago") is told to the day, and stays a day.
var countedWeeks = true

// countedWeeksText matches a count of two or more weeks before or after
// a time.
var countedWeeksText = regexp.MustCompile(`(?i)^(?:(?:some|about|nearly|almost|roughly|more than|less than|just|only)\s+)?(?:two|three|four|five|six|seven|eight|nine|a few|several|a couple of|[2-9])\s+weeks\s+(?:ago|earlier|later|before|after|back)$`)

// weekOfCount returns the month (or year) of the week a counted-weeks
// time expression lands in, given the day d the tagger resolved it to;
// ok is false for any other expression.
func weekOfCount(tx *sitrep.Timex, d, p string) (string, string, bool) {
	if !countedWeeks || p != "day" || !countedWeeksText.MatchString(tx.Text) {
		return "", "", false
	}
	day, err := time.Parse("2006-01-02", d)
	if err != nil {
		return "", "", false
	}
	// The day's ISO week, dated as normalise dates a week.
	y, w := day.ISOWeek()
	v, g := normalise(fmt.Sprintf("%04d-W%02d", y, w))
	return v, g, true
}
