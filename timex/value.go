package timex

import (
	"fmt"
	"strings"
	"time"
)

// gran is the precision of a calendar value.
type gran uint8

const (
	gMillennium gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPart // a part of a day: morning, evening
	gHour
	gMinute
)

// point is a calendar period: t is a day inside it (its first day for
// periods longer than a day) and g its precision.
type point struct {
	t    time.Time
	g    gran
	part int // part of day for gPart
	sea  int // season index for gSeason
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// truncate returns the period of precision g that contains p.
func (p point) truncate(g gran) point {
	y, m, d := p.t.Date()
	q := point{g: g}
	switch g {
	case gMillennium:
		q.t = day(y/1000*1000, 1, 1)
	case gCentury:
		q.t = day(y/100*100, 1, 1)
	case gDecade:
		q.t = day(y/10*10, 1, 1)
	case gYear:
		q.t = day(y, 1, 1)
	case gHalf:
		q.t = day(y, (m-1)/6*6+1, 1)
	case gQuarter:
		q.t = day(y, (m-1)/3*3+1, 1)
	case gSeason:
		q.sea = seasonOf(m)
		sy := y
		if m < 3 { // January and February belong to the winter that began in December
			sy--
		}
		q.t = day(sy, time.Month(seasonMonth[q.sea]), 1)
	case gMonth:
		q.t = day(y, m, 1)
	case gWeek, gWeekend:
		wd := int(p.t.Weekday()+6) % 7 // Monday = 0
		q.t = day(y, m, d-wd)
	default:
		q.t = day(y, m, d)
		if g >= gHour {
			q.t = p.t
		}
		q.part = p.part
	}
	return q
}

func seasonOf(m time.Month) int {
	switch {
	case m >= 3 && m <= 5:
		return 0
	case m >= 6 && m <= 8:
		return 1
	case m >= 9 && m <= 11:
		return 2
	}
	return 3
}

// shift moves p by n units of its own precision, or of unit u when u >= 0.
func (p point) shift(u int, n int) point {
	q := p
	switch u {
	case uMillennium:
		q.t = p.t.AddDate(1000*n, 0, 0)
	case uCentury:
		q.t = p.t.AddDate(100*n, 0, 0)
	case uDecade:
		q.t = p.t.AddDate(10*n, 0, 0)
	case uYear:
		q.t = addMonths(p.t, 12*n)
	case uHalf:
		q.t = addMonths(p.t, 6*n)
	case uQuarter, uSeason:
		q.t = addMonths(p.t, 3*n)
	case uMonth:
		q.t = addMonths(p.t, n)
	case uWeek, uWeekend:
		q.t = p.t.AddDate(0, 0, 7*n)
	case uDay, uPart:
		q.t = p.t.AddDate(0, 0, n)
	case uHour:
		q.t = p.t.Add(time.Duration(n) * time.Hour)
	case uMinute:
		q.t = p.t.Add(time.Duration(n) * time.Minute)
	case uSecond:
		q.t = p.t.Add(time.Duration(n) * time.Second)
	}
	return q
}

// addMonths adds n months, clamping the day to the length of the target
// month (Jan 31 + 1 month is Feb 28/29, not Mar 3).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return first.AddDate(0, 0, d-1)
}

// unitGran is the precision a unit of time names.
func unitGran(u int) gran {
	switch u {
	case uMillennium:
		return gMillennium
	case uCentury:
		return gCentury
	case uDecade:
		return gDecade
	case uYear:
		return gYear
	case uHalf:
		return gHalf
	case uQuarter:
		return gQuarter
	case uSeason:
		return gSeason
	case uMonth:
		return gMonth
	case uWeek:
		return gWeek
	case uWeekend:
		return gWeekend
	case uDay:
		return gDay
	case uPart:
		return gPart
	case uHour:
		return gHour
	}
	return gMinute
}

// String formats p as a TIMEX3 value.
func (p point) String() string {
	y, m, d := p.t.Date()
	switch p.g {
	case gMillennium:
		return fmt.Sprintf("%d", y/1000)
	case gCentury:
		return fmt.Sprintf("%02d", y/100)
	case gDecade:
		return fmt.Sprintf("%03d", y/10)
	case gYear:
		return fmt.Sprintf("%04d", y)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(m)-1)/6+1)
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(m)-1)/3+1)
	case gSeason:
		return fmt.Sprintf("%04d-%s", y, seasonCode[p.sea])
	case gMonth:
		return fmt.Sprintf("%04d-%02d", y, m)
	case gWeek, gWeekend:
		wy, w := p.t.ISOWeek()
		s := fmt.Sprintf("%04d-W%02d", wy, w)
		if p.g == gWeekend {
			s += "-WE"
		}
		return s
	case gDay:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case gPart:
		return fmt.Sprintf("%04d-%02d-%02dT%s", y, m, d, partCode[p.part])
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", y, m, d, p.t.Hour(), p.t.Minute())
}

// unknownValue is the value of a period of precision g that cannot be
// placed on the calendar (no document date to anchor it).
func unknownValue(g gran) string {
	switch g {
	case gMillennium:
		return "X"
	case gCentury:
		return "XX"
	case gDecade:
		return "XXX"
	case gYear:
		return "XXXX"
	case gHalf:
		return "XXXX-HX"
	case gQuarter:
		return "XXXX-QX"
	case gSeason:
		return "XXXX-XX"
	case gMonth:
		return "XXXX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gWeekend:
		return "XXXX-WXX-WE"
	case gPart:
		return "XXXX-XX-XXTXX"
	case gHour, gMinute:
		return "XXXX-XX-XXTXX:XX"
	}
	return "XXXX-XX-XX"
}

// Precision returns the precision of a TIMEX3 value: "millennium",
// "century", "decade", "year", "half", "quarter", "season", "month",
// "week", "day", "time", "duration", "ref" (PRESENT_REF and the like), or
// "" when the value is not one the package writes. Values with unknown
// digits (XXXX-03-03) count by their written precision.
func Precision(value string) string {
	switch {
	case value == "":
		return ""
	case strings.HasSuffix(value, "_REF"):
		return "ref"
	case value[0] == 'P':
		return "duration"
	case strings.Contains(value, "T"):
		return "time"
	}
	n := len(value)
	switch {
	case n == 1:
		return "millennium"
	case n == 2:
		return "century"
	case n == 3:
		return "decade"
	case n == 4:
		return "year"
	}
	if n < 7 || value[4] != '-' {
		return ""
	}
	switch rest := value[5:]; {
	case rest[0] == 'H':
		return "half"
	case rest[0] == 'Q':
		return "quarter"
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		return "season"
	case rest[0] == 'W':
		if len(rest) == 5 && rest[3] == '-' && rest[4] >= '1' && rest[4] <= '7' {
			return "day"
		}
		return "week"
	case len(rest) == 2:
		return "month"
	case len(rest) == 5:
		return "day"
	}
	return ""
}

// Resolve parses a calendar TIMEX3 value of day precision or coarser
// (2024-03-12, 2024-03, 2024-W11, 2024-Q1, 2024) and returns the first day
// of the period it names with its precision, as Precision reports it. It
// fails on durations, references and values with unknown digits.
func Resolve(value string) (time.Time, string, bool) {
	prec := Precision(value)
	if len(value) < 4 {
		return time.Time{}, "", false
	}
	y, ok := atoi(value[:4])
	if !ok {
		return time.Time{}, "", false
	}
	switch prec {
	case "year":
		return day(y, 1, 1), prec, true
	case "half", "quarter":
		n, ok := atoi(value[6:7])
		if !ok || len(value) != 7 {
			return time.Time{}, "", false
		}
		per := 3
		if prec == "half" {
			per = 6
		}
		return day(y, time.Month((n-1)*per+1), 1), prec, true
	case "season":
		for i, c := range seasonCode {
			if value[5:] == c {
				return day(y, time.Month(seasonMonth[i]), 1), prec, true
			}
		}
	case "month":
		if m, ok := atoi(value[5:7]); ok && m >= 1 && m <= 12 {
			return day(y, time.Month(m), 1), prec, true
		}
	case "week":
		if w, ok := atoi(value[6:]); ok && w >= 1 && w <= 53 {
			// ISO week 1 holds January 4th.
			jan4 := day(y, 1, 4)
			mon := jan4.AddDate(0, 0, -int(jan4.Weekday()+6)%7)
			return mon.AddDate(0, 0, 7*(w-1)), prec, true
		}
	case "day":
		if t, err := time.Parse("2006-01-02", value); err == nil {
			return t, prec, true
		}
	}
	return time.Time{}, "", false
}
