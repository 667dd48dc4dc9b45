package timex

import (
	"strconv"
	"time"
)

// how says how a candidate's value is found once its words are matched.
type how uint8

const (
	hLiteral  how = iota // val is the value
	hAbs                 // p is fully known
	hDCT                 // the document date at precision g, moved n units u
	hRef                 // the narrative reference moved n units u (g: precision, keepRef: the reference's own)
	hYearless            // p without its year: month, month-day, season, quarter, holiday
	hWeekday             // weekday wd
)

// cand is a matched expression before anchoring.
type cand struct {
	end  int // index of the word after the expression
	skip int // leading words matched but left out of the span ("the" of "the third-quarter results")
	typ  string
	mod  string
	how  how
	val  string
	p    point
	g    gran
	u, n int
	dir  int // -1 past, +1 future, 0 from the sentence's tense
	wd   int // ISO weekday for hWeekday
	// hol places a holiday in a given year; nil for other yearless values.
	hol func(year int) time.Time
	// keepRef keeps the reference's precision when moving it ("a year
	// earlier" after "the third quarter" is a quarter).
	keepRef bool
	// yearAgo marks "a year ago", which follows a quarter or half the text
	// is about rather than the calendar year.
	yearAgo bool
	// fromRef counts a weekday from the narrative's date ("the previous
	// Friday").
	fromRef bool
	// fewYears writes the decade with an unknown last digit ("a few
	// years ago" in 1998 is 199X).
	fewYears bool
	// current compares with the period being reported: the narrative's
	// quarter, half or month when it is recent, else the document's year
	// ("year-earlier results").
	current bool
	// onRef puts a clock time without a day on the narrative's day ("The
	// blast on Friday ... at 10:35 a.m.").
	onRef bool
	// offU, offN move the resolved day by offN units offU ("the day
	// before last Tuesday"); toWeek writes the week that holds it ("the
	// week of March 6").
	offU, offN int
	toWeek     bool
	// needDay keeps the expression only when the text has named a day
	// before it ("in the morning").
	needDay bool
	// inYear is the year of "the 1988 quarter": the narrative's quarter
	// or half moved to that year.
	inYear int
	// part and clock refine a day into a TIME: part of day or hour:minute.
	part     int
	hasPart  bool
	hour     int
	min      int
	hasClock bool
}

// duration formats n units u as a TIMEX3 duration; n < 0 is unknown (X).
func duration(n, u int) string {
	if u == -2 { // fortnight
		u, n = uWeek, 2*n
		if n < 0 {
			n = -1
		}
	}
	s := "P"
	if isTimeUnit(u) {
		s += "T"
	}
	if n < 0 {
		s += "X"
	} else {
		s += strconv.Itoa(n)
	}
	// TimeBank writes decades and centuries in years, and so an unknown
	// number of them ("for decades") as an unknown number of years.
	switch {
	case u == uDecade && n >= 0:
		return "P" + strconv.Itoa(10*n) + "Y"
	case u == uCentury && n >= 0:
		return "P" + strconv.Itoa(100*n) + "Y"
	case u == uDecade || u == uCentury:
		return "PXY"
	}
	return s + durationCode[u]
}

func literal(end int, typ, val string) cand { return cand{end: end, typ: typ, how: hLiteral, val: val} }
