package timex

import "time"

// holidays in common use in English-language news, with the rule that puts
// each on the calendar. Movable feasts are computed, not tabulated.
var holidays = []struct {
	words []string // lower-case words as the lexer splits them
	g     gran
	on    func(year int) time.Time
}{
	{[]string{"christmas", "eve"}, gDay, fixed(12, 24)},
	{[]string{"christmas", "day"}, gDay, fixed(12, 25)},
	{[]string{"christmas"}, gDay, fixed(12, 25)},
	{[]string{"boxing", "day"}, gDay, fixed(12, 26)},
	{[]string{"new", "year", "'", "s", "eve"}, gDay, fixed(12, 31)},
	{[]string{"new", "year", "'", "s", "day"}, gDay, fixed(1, 1)},
	{[]string{"new", "year", "’", "s", "eve"}, gDay, fixed(12, 31)},
	{[]string{"new", "year", "’", "s", "day"}, gDay, fixed(1, 1)},
	{[]string{"new", "year", "'", "s"}, gDay, fixed(1, 1)},
	{[]string{"new", "year", "’", "s"}, gDay, fixed(1, 1)},
	{[]string{"valentine", "'", "s", "day"}, gDay, fixed(2, 14)},
	{[]string{"valentine", "’", "s", "day"}, gDay, fixed(2, 14)},
	{[]string{"halloween"}, gDay, fixed(10, 31)},
	{[]string{"independence", "day"}, gDay, fixed(7, 4)}, // the US one: the commonest in English news
	{[]string{"fourth", "of", "july"}, gDay, fixed(7, 4)},
	{[]string{"veterans", "day"}, gDay, fixed(11, 11)},
	{[]string{"armistice", "day"}, gDay, fixed(11, 11)},
	{[]string{"easter", "sunday"}, gDay, easterPlus(0)},
	{[]string{"easter", "monday"}, gDay, easterPlus(1)},
	{[]string{"easter", "weekend"}, gWeekend, easterPlus(0)},
	{[]string{"easter", "week"}, gWeek, easterPlus(0)},
	{[]string{"easter"}, gDay, easterPlus(0)},
	{[]string{"good", "friday"}, gDay, easterPlus(-2)},
	{[]string{"palm", "sunday"}, gDay, easterPlus(-7)},
	{[]string{"pentecost"}, gDay, easterPlus(49)},
	{[]string{"thanksgiving", "day"}, gDay, nthWeekday(11, time.Thursday, 4)},
	{[]string{"thanksgiving"}, gDay, nthWeekday(11, time.Thursday, 4)},
	{[]string{"labor", "day"}, gDay, nthWeekday(9, time.Monday, 1)},
	{[]string{"memorial", "day"}, gDay, lastWeekday(5, time.Monday)},
	{[]string{"martin", "luther", "king", "day"}, gDay, nthWeekday(1, time.Monday, 3)},
	{[]string{"election", "day"}, gDay, electionDay},
	// Islamic dates by the tabular calendar: within a day or two of the
	// sighted dates. Ramadan is a month; its value is the month it begins.
	{[]string{"ramadan"}, gMonth, islamic(9, 1)},
	{[]string{"eid", "al", "-", "fitr"}, gDay, islamic(10, 1)},
	{[]string{"eid", "al", "-", "adha"}, gDay, islamic(12, 10)},
}

func fixed(m time.Month, d int) func(int) time.Time {
	return func(y int) time.Time { return day(y, m, d) }
}

// easter computes Western Easter Sunday by the anonymous Gregorian
// algorithm (Meeus/Jones/Butcher).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

func easterPlus(n int) func(int) time.Time {
	return func(y int) time.Time { return easter(y).AddDate(0, 0, n) }
}

func nthWeekday(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time {
		t := day(y, m, 1)
		off := (int(wd) - int(t.Weekday()) + 7) % 7
		return t.AddDate(0, 0, off+7*(n-1))
	}
}

func lastWeekday(m time.Month, wd time.Weekday) func(int) time.Time {
	return func(y int) time.Time {
		t := day(y, m+1, 1).AddDate(0, 0, -1)
		off := (int(t.Weekday()) - int(wd) + 7) % 7
		return t.AddDate(0, 0, -off)
	}
}

// electionDay is the US federal one: the Tuesday after the first Monday of
// November.
func electionDay(y int) time.Time {
	return nthWeekday(11, time.Monday, 1)(y).AddDate(0, 0, 1)
}

// holiday: "Christmas", "Easter Monday", "Thanksgiving 2023".
func (p *parser) holiday(i int) (cand, bool) {
	if i >= len(p.w) || !p.w[i].upper {
		return cand{}, false
	}
	first := p.low(i)
	for _, h := range holidays {
		if h.words[0] != first {
			continue
		}
		ok := true
		for k, w := range h.words[1:] {
			if p.low(i+1+k) != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(h.words)
		if y, ok := p.year(end); ok {
			t := h.on(y)
			return cand{end: end + 1, typ: "DATE", how: hAbs, p: point{t: t, g: h.g}.truncate(h.g)}, true
		}
		return cand{end: end, typ: "DATE", how: hYearless, p: point{g: h.g}, hol: h.on}, true
	}
	return cand{}, false
}

// islamic places day d of Islamic month m in a Gregorian year: the first
// such day of the year, by the arithmetic (tabular) Islamic calendar.
func islamic(m, d int) func(int) time.Time {
	return func(y int) time.Time {
		// 33 Islamic years are close to 32 Gregorian ones.
		h := (y-622)*33/32 - 1
		for k := 0; k < 4; k++ {
			if t := islamicDay(h+k, m, d); t.Year() == y {
				return t
			}
		}
		return islamicDay(h+1, m, d)
	}
}

// islamicDay converts an Islamic date (year h, month m, day d) to the
// Gregorian calendar through its Julian day number.
func islamicDay(h, m, d int) time.Time {
	jdn := (11*h+3)/30 + 354*h + 30*m - (m-1)/2 + d + 1948440 - 385
	return day(1970, 1, 1).AddDate(0, 0, jdn-2440588)
}
