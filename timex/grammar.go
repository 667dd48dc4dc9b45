package timex

import (
	"fmt"
	"strings"
	"time"
)

// parser matches time expressions over the words of one sentence.
type parser struct {
	w []word
}

func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.w) {
		return ""
	}
	return p.w[i].low
}

func (p *parser) cls(i int) class {
	if i < 0 || i >= len(p.w) {
		return cNone
	}
	return p.w[i].e.c
}

func (p *parser) val(i int) int { return p.w[i].e.val }

func (p *parser) is(i int, ss ...string) bool {
	l := p.low(i)
	for _, s := range ss {
		if l == s {
			return true
		}
	}
	return false
}

// glued reports whether word i touches word i-1 (no space between).
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.w) && p.w[i].start == p.w[i-1].end
}

// dot skips the full stop of an abbreviation (Sept., a.m.) when it is glued
// to word i-1.
func (p *parser) dot(i int) int {
	if prev := p.low(i - 1); len(prev) > 4 || prev == "may" || prev == "june" || prev == "july" {
		return i // a full word: the stop ends the sentence
	}
	if p.low(i) == "." && p.glued(i) {
		return i + 1
	}
	return i
}

// capital reports whether word i is capitalised, as a month or weekday
// name must be ("may", "march", "sun" are ordinary words in lower case).
func (p *parser) capital(i int) bool { return i < len(p.w) && p.w[i].upper }

// number reads a cardinal at i: digits, written numbers ("twenty-four",
// "two hundred"), "a"/"an" when allowA, and vague quantities ("a few",
// "several"), which are -1. It returns the value and the next word.
func (p *parser) number(i int, allowA bool) (int, int, bool) {
	if i >= len(p.w) {
		return 0, i, false
	}
	w := p.w[i]
	switch {
	case w.k == kDigits:
		n, ok := atoi(w.low)
		return n, i + 1, ok
	case w.k == kNumeric && strings.Contains(w.low, ","):
		n, ok := atoi(strings.ReplaceAll(w.low, ",", ""))
		return n, i + 1, ok
	case w.low == "a" || w.low == "an":
		if p.is(i+1, "few") {
			return -1, i + 2, true
		}
		if p.is(i+1, "couple") && p.is(i+2, "of") {
			return 2, i + 3, true
		}
		if p.is(i+1, "dozen") {
			return 12, i + 2, true
		}
		if p.is(i+1, "hundred") {
			return 100, i + 2, true
		}
		if p.is(i+1, "thousand") {
			return 1000, i + 2, true
		}
		if allowA {
			return 1, i + 1, true
		}
		return 0, i, false
	case w.low == "few" || w.low == "several" || w.low == "many":
		return -1, i + 1, true
	case w.low == "couple" && p.is(i+1, "of"):
		return 2, i + 2, true
	case w.e.c == cNumber || w.e.c == cTens:
		n := w.e.val
		j := i + 1
		if w.e.c == cTens {
			k := j
			if p.is(k, "-") && p.glued(k) {
				k++
			}
			if p.cls(k) == cNumber && p.val(k) >= 1 && p.val(k) <= 9 {
				n += p.val(k)
				j = k + 1
			}
		}
		if n > 0 && n < 100 && p.is(j, "hundred") {
			n *= 100
			j++
		}
		if n > 0 && n < 1000 && p.is(j, "thousand") {
			n *= 1000
			j++
		}
		if w.low == "hundred" || w.low == "thousand" {
			return 0, i, false
		}
		return n, j, true
	}
	return 0, i, false
}

// year reads a year at i: four digits from 1000 to 2199 not followed by
// something that makes it a count ("1990 people" is rare enough, "$1990",
// "1990%" are excluded).
func (p *parser) year(i int) (int, bool) {
	if i >= len(p.w) || p.w[i].k != kDigits || len(p.w[i].low) != 4 {
		return 0, false
	}
	y, _ := atoi(p.w[i].low)
	if y < 1000 || y > 2199 {
		return 0, false
	}
	if i > 0 && (p.is(i-1, "$") || p.is(i-1, "#") || p.is(i-1, "€") || p.is(i-1, "£")) {
		return 0, false
	}
	if p.is(i+1, "%") || p.is(i+1, "percent") {
		return 0, false
	}
	if _, _, _, ok := p.wireClock(i); ok {
		return 0, false // "at 1430 GMT" is a clock time
	}
	return y, true
}

// dateYear reads the year of a date at i: four digits, or an apostrophe and
// two ("Dec. 3, '98"), which are 1950-2049. It returns the word after it.
func (p *parser) dateYear(i int) (int, int, bool) {
	if y, ok := p.year(i); ok {
		return y, i + 1, true
	}
	if p.is(i, "'", "’", "‘") && p.glued(i+1) && p.w[i+1].k == kDigits && len(p.w[i+1].low) == 2 {
		yy, _ := atoi(p.w[i+1].low)
		if yy < 50 {
			return 2000 + yy, i + 2, true
		}
		return 1900 + yy, i + 2, true
	}
	return 0, i, false
}

// clockZones are the zone names a clock time may carry.
var clockZones = []string{"gmt", "utc", "z", "est", "edt", "pst", "pdt", "cst", "cdt", "cet", "bst"}

// wireClock reads a wire-service clock time at i, four digits HHMM that
// only a zone, "local time" or a military "hours" after it tells from a
// year ("1430 GMT", "1845 local time", "at 1500 hours"); it returns the
// hour, minute and the word after the expression.
func (p *parser) wireClock(i int) (h, m, end int, ok bool) {
	if i >= len(p.w) || p.w[i].k != kDigits || len(p.w[i].low) != 4 {
		return 0, 0, 0, false
	}
	h, _ = atoi(p.w[i].low[:2])
	m, _ = atoi(p.w[i].low[2:])
	if h > 23 || m > 59 {
		return 0, 0, 0, false
	}
	switch {
	case p.is(i+1, clockZones...):
		return h, m, i + 1, true // the zone is read by clock
	case p.is(i+1, "local") && p.is(i+2, "time"):
		return h, m, i + 3, true
	case p.is(i+1, "hours", "hrs") && p.is(i-1, "at", "by", "until", "from", "before", "after", "since"):
		// without the preposition "1500 hours" is as often a duration
		return h, m, i + 2, true
	}
	return 0, 0, 0, false
}

// unit reads a unit of time (singular or plural) at i.
func (p *parser) unit(i int) (u int, plural, ok bool) {
	switch p.cls(i) {
	case cUnit:
		return p.val(i), false, true
	case cUnits:
		return p.val(i), true, true
	}
	return 0, false, false
}

// parseAt returns the longest expression starting at word i.
func (p *parser) parseAt(i int) (cand, bool) {
	best, ok := p.core(i)
	try := func(c cand, good bool) {
		if good && (!ok || c.end > best.end) {
			best, ok = c, true
		}
	}
	// Modifiers of quantity and position that TimeML keeps in the span.
	if m, j := p.approx(i); j > i {
		if c, good := p.core(j); good && (c.typ == "DURATION" || c.how == hDCT || c.how == hRef || c.how == hAbs || c.typ == "TIME") {
			if c.mod == "" {
				c.mod = m
			}
			try(c, true)
		}
	}
	if m, j := p.position(i); j > i {
		if c, good := p.core(j); good && c.typ != "DURATION" && c.typ != "SET" && c.how != hLiteral {
			c.mod = m
			try(c, true)
		} else if good && c.how == hLiteral && c.typ == "DATE" && m == "MID" {
			c.mod = m
			try(c, true)
		}
	}
	// "post-1959", "pre-2000"
	if p.is(i, "post", "pre") && p.is(i+1, "-") && p.glued(i+1) && p.glued(i+2) {
		if c, good := p.core(i + 2); good && c.how == hAbs && c.typ == "DATE" {
			c.mod = "AFTER"
			if p.is(i, "pre") {
				c.mod = "BEFORE"
			}
			try(c, true)
		}
	}
	// "1994 or later", "1990 and beyond", "2020 or earlier"
	if ok && best.typ == "DATE" && best.how != hLiteral && best.mod == "" {
		e := best.end
		switch {
		case p.is(e, "or") && p.is(e+1, "later", "after") || p.is(e, "and") && p.is(e+1, "beyond", "after"):
			best.mod, best.end = "ON_OR_AFTER", e+2
		case p.is(e, "or") && p.is(e+1, "earlier", "before"):
			best.mod, best.end = "ON_OR_BEFORE", e+2
		}
	}
	return best, ok
}

// approx reads a quantity modifier: "about", "more than", "at least".
func (p *parser) approx(i int) (string, int) {
	switch p.low(i) {
	case "about", "around", "approximately", "roughly", "some":
		return "APPROX", i + 1
	case "nearly", "almost", "under":
		return "LESS_THAN", i + 1
	case "over":
		if _, _, ok := p.number(i+1, true); ok {
			return "MORE_THAN", i + 1
		}
	case "more", "less", "fewer":
		if p.is(i+1, "than") {
			if p.low(i) == "more" {
				return "MORE_THAN", i + 2
			}
			return "LESS_THAN", i + 2
		}
	case "at":
		if p.is(i+1, "least") {
			return "EQUAL_OR_MORE", i + 2
		}
		if p.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2
		}
	case "up":
		if p.is(i+1, "to") {
			return "EQUAL_OR_LESS", i + 2
		}
	case "no":
		if p.is(i+1, "more") && p.is(i+2, "than") {
			return "EQUAL_OR_LESS", i + 3
		}
	}
	return "", i
}

// position reads a modifier of position within a period: "early",
// "late", "mid-", "the end of", "earlier" (in "earlier this year").
func (p *parser) position(i int) (string, int) {
	switch p.low(i) {
	case "early", "late":
		m := "START"
		if p.low(i) == "late" {
			m = "END"
		}
		if p.is(i+1, "-") && p.glued(i+1) {
			return m, i + 2 // "late-November"
		}
		return m, i + 1
	case "earlier", "later":
		m := "START"
		if p.low(i) == "later" {
			m = "END"
		}
		j := i + 1
		if p.is(j, "in") {
			j++
		}
		// "Earlier Friday", "later today": TimeML leaves the adverb out
		// when it only orders events within the day.
		if p.cls(j) == cWeekday || p.is(j, "today", "yesterday", "tomorrow", "tonight") {
			return "", i
		}
		return m, j
	case "mid":
		if p.is(i+1, "-") {
			return "MID", i + 2
		}
		return "MID", i + 1
	case "the":
		if p.is(i+1, "early", "late", "mid") {
			m, j := p.position(i + 1)
			if c, ok := p.core(j); ok && c.how == hAbs && c.p.g <= gYear {
				return m, j // "the late 1970s"
			}
		}
		if p.is(i+2, "of") {
			switch p.low(i + 1) {
			case "end", "close":
				return "END", i + 3
			case "beginning", "start":
				return "START", i + 3
			case "middle":
				return "MID", i + 3
			}
		}
	}
	return "", i
}

// core tries every rule at i and keeps the longest match.
func (p *parser) core(i int) (cand, bool) {
	var best cand
	ok := false
	for _, r := range rules {
		if c, good := r(p, i); good && (!ok || c.end > best.end) {
			best, ok = c, true
		}
	}
	return best, ok
}

var rules []func(*parser, int) (cand, bool)

func init() {
	rules = []func(*parser, int) (cand, bool){
		// On a tie the earlier rule wins: "three a day" is a set before
		// it is a duration.
		(*parser).set, (*parser).deictic, (*parser).relative, (*parser).quantity, (*parser).monthDate,
		(*parser).dayMonth, (*parser).weekday, (*parser).yearExpr, (*parser).quarter,
		(*parser).numericDate, (*parser).clock, (*parser).holiday, (*parser).season, (*parser).yearEarlier, (*parser).yearEnd, (*parser).unitLong,
		(*parser).dayPart,
	}
}

// dayPart: a part of day before its day ("mid-afternoon yesterday"), or
// alone where it can only be the narrative's day ("by mid afternoon",
// "placed orders in the morning").
func (p *parser) dayPart(i int) (cand, bool) {
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	if p.cls(j) != cPart || p.is(j, "noon", "midday", "overnight", "night") {
		return cand{}, false
	}
	part := p.val(j)
	if !the {
		d, ok := p.deictic(j + 1)
		if !ok || d.how != hDCT || d.g != gDay || d.hasPart {
			d, ok = p.weekday(j + 1)
			ok = ok && d.how == hWeekday && !d.hasPart
		}
		if ok {
			d.part, d.hasPart, d.typ = part, true, "TIME"
			return d, true
		}
	}
	mid := p.is(i-1, "mid") || p.is(i-1, "-") && p.is(i-2, "mid")
	if mid && !the || the && p.is(i-1, "in", "during") {
		// "in the morning" is a habit unless the story has a day
		return cand{end: j + 1, typ: "TIME", how: hRef, g: gDay, u: uDay, part: part, hasPart: true, needDay: the}, true
	}
	return cand{}, false
}

// partAfter reads a part of day after a day expression ("Friday
// morning", "yesterday afternoon").
func (p *parser) partAfter(c *cand) {
	if p.cls(c.end) == cPart && !p.is(c.end, "noon", "midday", "overnight") {
		c.part, c.hasPart = p.val(c.end), true
		c.typ = "TIME"
		c.end++
	}
}

func (p *parser) deictic(i int) (cand, bool) {
	switch p.low(i) {
	case "today", "tomorrow":
		if p.is(i+1, "'", "’") && p.is(i+2, "s") && generic[p.low(i+3)] || p.is(i-1, "of") && p.is(i-2, "people") {
			return cand{}, false // "today's youth": the present age, not a day
		}
	}
	switch p.low(i) {
	case "today":
		c := cand{end: i + 1, typ: "DATE", how: hDCT, g: gDay}
		p.partAfter(&c)
		return c, true
	case "tonight":
		return cand{end: i + 1, typ: "TIME", how: hDCT, g: gDay, part: pNight, hasPart: true}, true
	case "yesterday", "tomorrow":
		n := -1
		if p.low(i) == "tomorrow" {
			n = 1
		}
		c := cand{end: i + 1, typ: "DATE", how: hDCT, g: gDay, u: uDay, n: n}
		p.partAfter(&c)
		return c, true
	case "now", "currently", "nowadays", "presently":
		return literal(i+1, "DATE", "PRESENT_REF"), true
	case "current":
		if p.cls(i+1) == cUnit || p.is(i+1, "fiscal") {
			return cand{}, false // "the current year" is the relative rule's
		}
		return literal(i+1, "DATE", "PRESENT_REF"), true
	case "recently", "lately":
		return literal(i+1, "DATE", "PAST_REF"), true
	case "recent":
		if p.cls(i+1) == cUnits {
			// "in recent months": TimeML marks it mostly as a stretch of
			// unknown length, but "recent years" mostly as PAST_REF.
			if p.val(i+1) == uYear {
				return literal(i+2, "DATE", "PAST_REF"), true
			}
			return literal(i+2, "DURATION", duration(-1, p.val(i+1))), true
		}
	case "these":
		if p.is(i+1, "days") {
			return literal(i+2, "DATE", "PRESENT_REF"), true
		}
	case "the":
		switch {
		case p.is(i+1, "past") && !p.isUnitAhead(i+2):
			return literal(i+2, "DATE", "PAST_REF"), true
		case p.is(i+1, "future"):
			return literal(i+2, "DATE", "FUTURE_REF"), true
		case p.cls(i+1) == cUnits && p.is(i+2, "ahead"):
			// "the weeks ahead": a stretch of unknown length
			return literal(i+3, "DURATION", duration(-1, p.val(i+1))), true
		case p.is(i+1, "near", "short", "long") && p.is(i+2, "future", "term"):
			if p.is(i+1, "long") {
				return cand{}, false
			}
			return literal(i+3, "DATE", "FUTURE_REF"), true
		case p.is(i+1, "present") && !p.isUnitAhead(i+2) && !p.is(i+2, "-"):
			return literal(i+2, "DATE", "PRESENT_REF"), true
		}
	case "future":
		if p.is(i-1, "in") {
			return literal(i+1, "DATE", "FUTURE_REF"), true
		}
	case "midnight":
		return p.clockDay(cand{end: i + 1, typ: "TIME", how: hDCT, g: gMinute, hour: 0, hasClock: true})
	case "noon", "midday":
		return p.clockDay(cand{end: i + 1, typ: "TIME", how: hDCT, g: gMinute, hour: 12, hasClock: true})
	}
	return cand{}, false
}

// generic are nouns after which "today's" speaks of the present age.
var generic = map[string]bool{"world": true, "youth": true, "society": true, "generation": true, "children": true,
	"kids": true, "young": true, "personal": true, "modern": true, "standards": true, "economy": true}

// isUnitAhead reports whether a count or a unit follows at i, so that
// "the past" is a duration's start rather than PAST_REF.
func (p *parser) isUnitAhead(i int) bool {
	if _, _, ok := p.unit(i); ok {
		return true
	}
	if _, j, ok := p.number(i, false); ok {
		_, _, ok := p.unit(j)
		return ok
	}
	return false
}

// relative: this/last/next/the past/the following ... + a unit or a named
// period.
func (p *parser) relative(i int) (cand, bool) {
	j := i
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	dirWord := p.low(j)
	n := 0
	narrative := false
	switch dirWord {
	case "this", "current", "present":
		n = 0
		if the && dirWord == "this" {
			return cand{}, false
		}
		if dirWord == "this" && p.is(j+1, "coming", "past") && p.cls(j+2) != cUnit {
			// "this coming Sunday", "this past spring"
			n = 1
			if p.is(j+1, "past") {
				n = -1
			}
			dirWord = p.low(j + 1)
			j++
		}
	case "that":
		if the {
			return cand{}, false
		}
		narrative = true
	case "last", "past", "previous", "preceding", "latest", "prior":
		n = -1
		if the && (dirWord == "previous" || dirWord == "preceding" || dirWord == "prior") {
			narrative = true
		}
		if !the && (dirWord == "previous" || dirWord == "preceding" || dirWord == "prior" || dirWord == "latest") {
			return cand{}, false
		}
	case "next", "coming", "following":
		n = 1
		if the && dirWord == "following" {
			narrative = true
		}
		if !the && dirWord == "following" {
			return cand{}, false
		}
		if !the && dirWord == "coming" {
			return cand{}, false
		}
	case "same":
		if !the {
			return cand{}, false
		}
		narrative = true
	default:
		if the {
			return p.theAlone(i, j)
		}
		return cand{}, false
	}
	j++
	if p.is(j, "fiscal") {
		j++
	}
	k := j
	if dirWord == "latest" && p.is(k, "period") {
		// "the latest period": the quarter just reported
		return cand{end: k + 1, typ: "DATE", how: hDCT, g: gQuarter, u: uQuarter, n: -1}, true
	}
	switch p.cls(k) {
	case cUnit:
		u := p.val(k)
		if u == -2 {
			return cand{}, false
		}
		c := cand{end: k + 1, typ: "DATE", how: hDCT, g: unitGran(u), u: u, n: n}
		if dirWord == "latest" {
			if u != uQuarter {
				return cand{}, false
			}
			c.n = -1
		}
		if narrative {
			c.how = hRef
			if dirWord == "same" || dirWord == "that" {
				c.n = 0
			}
		}
		if u == uDay && !narrative && dirWord != "this" {
			// "the next day" is narrative; "this day" rarely temporal
			if the && n == 1 {
				c.how = hRef
			} else {
				return cand{}, false
			}
		}
		if u == uDay && dirWord == "this" {
			return cand{}, false
		}
		if u <= uHour {
			if the && n == -1 {
				return cand{}, false
			}
			c.typ = "TIME"
		}
		if u == uWeekend {
			c.g = gWeekend
		}
		if dirWord == "past" && the && (u == uDecade || u == uCentury) {
			return literal(k+1, "DURATION", duration(1, u)), true
		}
		// "the past year" reads as the last twelve months ending now in
		// much news, but TimeML marks it as the previous calendar year.
		return c, true
	case cPart:
		if the && (dirWord == "next" || dirWord == "following" || dirWord == "previous" || dirWord == "same") {
			// "the next morning": a part of the day after the narrative's
			nn := map[string]int{"next": 1, "following": 1, "previous": -1, "same": 0}[dirWord]
			return cand{end: k + 1, typ: "TIME", how: hRef, g: gDay, u: uDay, n: nn, part: p.val(k), hasPart: true}, true
		}
		if the || narrative {
			return cand{}, false
		}
		pt := p.val(k)
		c := cand{end: k + 1, typ: "TIME", how: hDCT, g: gDay, part: pt, hasPart: true}
		if dirWord == "last" {
			if pt != pNight && pt != pEvening {
				return cand{}, false
			}
			c.u, c.n = uDay, -1
		} else if dirWord != "this" {
			return cand{}, false
		}
		return c, true
	case cMonth:
		if !p.capital(k) || the {
			return cand{}, false
		}
		m := p.val(k)
		end := p.dot(k + 1)
		if md, ok := p.monthDate(k); ok && md.how == hYearless && md.end > end {
			// "last Oct. 23": the day, on the side the word gives
			md.dir = dirOf(n)
			return md, true
		}
		return cand{end: end, typ: "DATE", how: hYearless, p: point{t: day(2000, time.Month(m), 1), g: gMonth}, dir: dirOf(n)}, true
	case cWeekday:
		if !p.capital(k) || len(p.low(k)) < 6 {
			return cand{}, false
		}
		c := cand{end: p.dot(k + 1), typ: "DATE", how: hWeekday, wd: p.val(k), dir: dirOf(n)}
		if narrative || dirWord == "this" {
			c.dir = 0
			if narrative {
				c.dir, c.fromRef = -1, true
				if n > 0 {
					c.dir = 1
				}
			}
		}
		p.partAfter(&c)
		return c, true
	case cWord:
		if h, ok := p.holiday(k); ok && h.how == hYearless && !the {
			h.dir = dirOf(n) // "last Thanksgiving"
			return h, true
		}
	case cSeason:
		c := cand{end: k + 1, typ: "DATE", how: hYearless, p: point{g: gSeason, sea: p.val(k)}, dir: dirOf(n)}
		if the {
			return cand{}, false
		}
		return c, true
	}
	return cand{}, false
}

func dirOf(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 2 // explicit "this": the period in the document's year
}

// theAlone handles "the" + a bare unit: "the year", "the quarter", "the
// weekend", "the year-earlier quarter".
func (p *parser) theAlone(i, j int) (cand, bool) {
	if p.is(j, "year-earlier", "year-ago") || (p.is(j, "year") && p.is(j+1, "-") && p.is(j+2, "earlier", "ago")) {
		k := j + 1
		if !p.is(j, "year-earlier", "year-ago") {
			k = j + 3
		}
		if p.cls(k) == cOrdinal && p.is(k+1, "quarter") {
			k++
		}
		if p.is(k, "quarter", "period") {
			return cand{end: k + 1, typ: "DATE", how: hRef, u: uYear, n: -1, keepRef: true, g: gQuarter}, true
		}
		return cand{}, false
	}
	if p.is(j, "full", "entire", "whole") && p.is(j+1, "year") {
		j++
	}
	if u, pl, ok := p.unit(j); ok && !pl && (u == uDay || u == uWeek) && p.is(j+1, "before", "after") {
		// "the day before last Tuesday's hearing", "the week after
		// March 3": that date moved by one unit.
		if d, ok := p.core(j + 2); ok && dayLevel(&d) {
			d.offU, d.offN = u, 1
			if p.is(j+1, "before") {
				d.offN = -1
			}
			if u == uWeek {
				d.toWeek = true
			}
			return d, true
		}
	}
	if p.is(j, "week") && p.is(j+1, "of") {
		// "the week of March 6"
		if d, ok := p.core(j + 2); ok && dayLevel(&d) {
			d.toWeek = true
			return d, true
		}
	}
	if u, _, ok := p.unit(j); ok && u >= uDay && u != uWeekend && p.is(j+1, "before", "after", "earlier", "later") && p.clauseEnd(j+2) {
		// "the day before", "the week after": from the narrative's date
		n := 1
		if p.is(j+1, "before", "earlier") {
			n = -1
		}
		g := unitGran(u)
		return cand{end: j + 2, typ: "DATE", how: hRef, g: g, u: u, n: n}, true
	}
	if p.is(j, "fiscal") && p.is(j+1, "year") {
		j++
	}
	switch p.low(j) {
	case "year":
		if p.is(j+1, "-") || p.is(j+1, "'") {
			return cand{}, false
		}
		if p.is(j+1, "ended", "ending", "to", "through") {
			// "the year ended June 30": a year-long period, named by its end
			return literal(j+1, "DURATION", "P1Y"), true
		}
		return cand{end: j + 1, typ: "DATE", how: hDCT, g: gYear}, true
	case "quarter":
		return cand{end: j + 1, typ: "DATE", how: hDCT, g: gQuarter, u: uQuarter, n: -1}, true
	case "day":
		if p.is(i-1, "in") && p.is(i-2, "later", "earlier") {
			// "later in the day": the narrative's day
			return cand{end: j + 1, typ: "DATE", how: hRef, g: gDay, u: uDay}, true
		}
	case "month", "week":
		// only as "the end of the month": alone, "the month" is usually
		// some other month of the story
		if p.is(i-1, "of") && p.is(i-2, "end", "beginning", "start", "middle", "close") {
			g := gMonth
			if p.is(j, "week") {
				g = gWeek
			}
			return cand{end: j + 1, typ: "DATE", how: hDCT, g: g}, true
		}
	case "latest":
		// "the latest period/quarter": the last one reported
		if p.is(j+1, "period") {
			return cand{end: j + 2, typ: "DATE", how: hDCT, g: gQuarter, u: uQuarter, n: -1}, true
		}
	case "weekend":
		return cand{end: j + 1, typ: "DATE", how: hDCT, g: gWeekend, u: uWeek, n: 0, dir: -1}, true
	}
	return cand{}, false
}

// dayLevel reports whether c names a single day without a clock time.
func dayLevel(c *cand) bool {
	if c.typ != "DATE" || c.hasClock || c.hasPart || c.mod != "" {
		return false
	}
	switch c.how {
	case hWeekday:
		return true
	case hAbs, hYearless:
		return c.p.g == gDay
	case hDCT:
		// "yesterday", "today", "tomorrow": "the day before yesterday"
		return c.g == gDay && !c.onRef
	}
	return false
}

// quantity: counts of units, as durations ("three years", "the past two
// months", "a five-year plan") or as dates ("two days ago", "a year
// earlier").
func (p *parser) quantity(i int) (cand, bool) {
	if p.is(i, "one") && p.is(i+1, "day") && p.is(i-1, "will", "would", "could", "might", "may", "can", "shall", "he", "she", "they", "we", "i", "it", "you") &&
		i+2 < len(p.w) && p.w[i+2].k == kAlpha && !p.w[i+2].upper && p.w[i+2].e.c == cNone && !p.is(i+2, "in", "of", "and", "or", "to", "at", "for", "on", "by") {
		// "Islam will one day be the second religion": some future day
		return literal(i+2, "DATE", "FUTURE_REF"), true
	}
	if _, _, _, ok := p.wireClock(i); ok {
		return cand{}, false // "at 1500 hours" is a clock time
	}
	j := i
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	lead := ""
	if p.is(j, "past", "last", "next", "first", "coming", "previous", "following", "latest", "final", "initial") {
		lead = p.low(j)
		j++
	}
	n, k, ok := p.number(j, !the)
	if !ok && (lead == "coming" || lead == "next" || lead == "past" || lead == "last") {
		// "the coming weeks", "in past years"
		if u, pl, uok := p.unit(j); uok && pl && u >= uMinute {
			if lead == "past" && !the && u == uYear {
				return literal(j+1, "DATE", "PAST_REF"), true
			}
			return literal(j+1, "DURATION", duration(-1, u)), true
		}
	}
	if !ok {
		// Bare plural units: "for years", "in weeks", "months".
		if !the && lead == "" {
			if u, pl, uok := p.unit(i); uok && pl && p.is(i-1, "for", "in", "within", "over", "than", "after", "take", "takes", "took") && u >= uMinute {
				return literal(i+1, "DURATION", duration(-1, u)), true
			}
		}
		return cand{}, false
	}
	if n == 0 && p.w[j].k == kDigits && p.w[j].low == "0" {
		return cand{}, false
	}
	// "2 1/2 years"
	half := false
	if k < len(p.w) && p.w[k].low == "1/2" && p.w[k-1].k == kDigits {
		half = true
		k++
	}
	// "two more weeks", "an additional year"
	if p.is(k, "more", "additional", "extra", "further") && n > 0 {
		k++
	}
	// "five-year", "16-hour": adjectival durations.
	hyph := false
	if p.is(k, "-") && p.glued(k) && p.glued(k+1) {
		hyph = true
		k++
	}
	u, plural, ok := p.unit(k)
	if !ok || p.is(k+1, "-") && p.is(k+2, "earlier", "ago", "end") {
		return cand{}, false // "a year-earlier loss" is the adjective's
	}
	if n == 1 && (p.w[j].low == "a" || p.w[j].low == "an") && (the || plural || u == uQuarter) {
		return cand{}, false // "a quarter of the vote"
	}
	end := k + 1
	if p.is(end, "old") {
		return cand{}, false // an age: "52 years old"
	}
	// "$2 million a year", "700 seats a week": a rate, which TimeBank
	// does not mark (but "$2 million a year ago" is a date).
	rate := j == i && n == 1 && (p.w[j].low == "a" || p.w[j].low == "an") && i > 0 && ratePrefix(p, i-1)
	if p.is(end, "and") && p.is(end+1, "a") && p.is(end+2, "half") && n >= 0 {
		half = true // "a year and a half"
		end += 3
	}
	if half {
		if v, ok := halfDuration(n, u); ok {
			return literal(end, "DURATION", v), true
		}
		return cand{}, false
	}
	if p.is(end, "-") && p.glued(end) && p.is(end+1, "long") && !hyph {
		return cand{}, false
	}
	if hyph {
		if p.is(end, "-") && p.is(end+1, "old") || plural || u == uQuarter {
			return cand{}, false // an age, a fraction ("three-quarters")
		}
		c := literal(end, "DURATION", duration(n, u))
		if the {
			c.skip = 1 // "the five-year plan": the article is the plan's
		}
		return c, true
	}
	if n >= 1000 && p.w[j].k == kDigits && (u == uQuarter || u == uYear) {
		return cand{}, false // "the 1988 quarter"
	}
	if p.is(end, "or") && p.is(end+1, "so") {
		end += 2
	}
	// Anchored counts.
	if !the && lead == "" {
		switch p.low(end) {
		case "ago":
			return p.ago(end+1, n, u)
		case "earlier", "later", "before", "after":
			later := p.is(end, "later", "after")
			if p.is(end, "before", "after") && !p.clauseEnd(end+1) {
				break
			}
			if n < 0 {
				if later {
					return literal(end+1, "DATE", "FUTURE_REF"), true
				}
				return literal(end+1, "DATE", "PAST_REF"), true
			}
			if u <= uHour {
				// An hour later than a date known to the day says
				// nothing about the clock: keep the duration.
				return literal(end, "DURATION", duration(n, u)), true
			}
			if !later {
				n = -n
			}
			g := unitGran(u)
			if u == uWeek {
				g = gDay
			}
			c := cand{end: end + 1, typ: "DATE", how: hRef, g: g, u: u, n: n, keepRef: u >= uYear}
			if u <= uHour {
				c.typ = "TIME"
			}
			return c, true
		case "from":
			if p.is(end+1, "now") {
				return cand{end: end + 2, typ: "DATE", how: hDCT, g: unitGran(u), u: u, n: n}, true
			}
		}
	}
	if rate {
		return cand{}, false
	}
	return literal(end, "DURATION", duration(n, u)), true
}

// yearEarlier: the adjectives "year-earlier" and "year-ago".
func (p *parser) yearEarlier(i int) (cand, bool) {
	if p.is(i, "year") && p.is(i+1, "-") && p.is(i+2, "earlier", "ago") && p.glued(i+1) {
		if p.is(i+3, "quarter", "period") {
			return cand{end: i + 4, typ: "DATE", how: hRef, u: uYear, n: -1, keepRef: true, g: gQuarter}, true
		}
		if _, _, ok := p.number(i+3, false); ok {
			return cand{}, false // "the year-earlier nine months" is a duration
		}
		return cand{end: i + 3, typ: "DATE", how: hRef, u: uYear, n: -1, keepRef: true, g: gYear, current: true}, true
	}
	return cand{}, false
}

// yearEnd: "year-end", "year end", "year's end": the end of the
// document's year.
func (p *parser) yearEnd(i int) (cand, bool) {
	j := i
	if p.is(j, "around") {
		j++
	}
	if !p.is(j, "year", "yearend") {
		return cand{}, false
	}
	k := j + 1
	if p.is(j, "year") {
		switch {
		case p.is(k, "-") && p.is(k+1, "end"):
			k += 2
		case p.is(k, "end"):
			k++
		case p.is(k, "'", "’") && p.is(k+1, "s") && p.is(k+2, "end"):
			k += 3
		default:
			return cand{}, false
		}
	}
	c := cand{end: k, typ: "DATE", how: hDCT, g: gYear, mod: "END"}
	if j > i {
		c.mod = "APPROX"
	}
	return c, true
}

// ratePrefix reports whether word i ends an amount that "a year" or "a
// week" makes a rate of: a number, money, or a counted plural noun.
func ratePrefix(p *parser, i int) bool {
	w := p.w[i]
	if w.k == kDigits || w.k == kNumeric || w.e.c == cNumber || w.e.c == cTens {
		return true
	}
	switch w.low {
	case "million", "billion", "trillion", "percent", "%", "dollars", "cents", "times", "once", "twice":
		return true
	}
	return w.k == kAlpha && len(w.low) > 3 && strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss") && w.e.c == cNone && !notPlural[w.low]
}

// notPlural are words in -s after which "a year" is still a duration.
var notPlural = map[string]bool{"lasts": true, "takes": true, "was": true, "has": true, "is": true, "this": true, "plus": true, "across": true, "perhaps": true, "towards": true, "afterwards": true}

// halfDuration writes n and a half units u in the units below, as
// TimeBank does (P2Y6M, PT5H30M).
func halfDuration(n, u int) (string, bool) {
	switch u {
	case uYear:
		return fmt.Sprintf("P%dY6M", n), true
	case uMonth:
		return fmt.Sprintf("P%dM15D", n), true
	case uDay:
		return fmt.Sprintf("P%dDT12H", n), true
	case uHour:
		return fmt.Sprintf("PT%dH30M", n), true
	case uMinute:
		return fmt.Sprintf("PT%dM30S", n), true
	}
	return "", false
}

// unitLong: "day-long", "decades-long", "weeklong".
func (p *parser) unitLong(i int) (cand, bool) {
	if p.is(i, "weeklong") {
		return literal(i+1, "DURATION", "P1W"), true
	}
	u, plural, ok := p.unit(i)
	if !ok || u < uMinute || !p.is(i+1, "-") || !p.glued(i+1) || !p.is(i+2, "long") || !p.glued(i+2) {
		return cand{}, false
	}
	if p.cls(i-1) == cNumber || p.cls(i-1) == cTens || i > 0 && p.w[i-1].k == kDigits {
		return cand{}, false
	}
	n := 1
	if plural {
		n = -1
	}
	return literal(i+3, "DURATION", duration(n, u)), true
}

// clauseEnd reports whether the clause ends at i (so "two days before"
// has no object and is anaphoric).
func (p *parser) clauseEnd(i int) bool {
	if i >= len(p.w) {
		return true
	}
	return p.w[i].k == kPunct && !p.is(i, "$", "-")
}

// ago: "two days ago" is the document date moved back.
func (p *parser) ago(end, n, u int) (cand, bool) {
	if n < 0 && u == uYear {
		// "a few years ago": some year of the last decade or so
		return cand{end: end, typ: "DATE", how: hDCT, g: gDecade, u: uYear, n: -3, fewYears: true}, true
	}
	if n < 0 {
		return literal(end, "DATE", "PAST_REF"), true
	}
	g := unitGran(u)
	switch u {
	case uWeek:
		// TBAQ writes "two weeks ago" to the day more often than to
		// the week (tried: -1 value match).
		g = gDay
	case uDecade, uCentury:
		g = gYear
		if u == uDecade {
			n *= 10
		} else {
			n *= 100
		}
		u = uYear
	}
	c := cand{end: end, typ: "DATE", how: hDCT, g: g, u: u, n: -n, yearAgo: u == uYear}
	if u <= uHour {
		c.typ = "TIME"
	}
	return c, true
}

// monthDate: "March 3", "March 3, 2024", "March 2024", "March of 2024",
// "March", "Sept. 30".
func (p *parser) monthDate(i int) (cand, bool) {
	if p.cls(i) != cMonth || !p.capital(i) {
		return cand{}, false
	}
	m := time.Month(p.val(i))
	j := p.dot(i + 1)
	// A written day: "March eighth", "June twenty-first".
	if d, k, ok := p.ordinal(j); ok && d >= 1 && d <= 31 && p.cls(j) != cNone && p.w[j].k == kAlpha {
		if p.is(k, ",") && k+1 < len(p.w) {
			if y, e, ok := p.dateYear(k + 1); ok && validDay(y, m, d) {
				return cand{end: e, typ: "DATE", how: hAbs, p: point{t: day(y, m, d), g: gDay}}, true
			}
		}
		if validDay(2000, m, d) {
			return cand{end: k, typ: "DATE", how: hYearless, p: point{t: day(2000, m, d), g: gDay}}, true
		}
	}
	// Day of month.
	if j < len(p.w) && (p.w[j].k == kDigits || p.w[j].k == kNumeric) {
		d, ok := atoi(p.w[j].low)
		if !ok {
			d, ok = ordinalValue(p.w[j].low)
		}
		if ok && d >= 1 && d <= 31 && len(p.w[j].low) <= 4 {
			end := j + 1
			k := end
			if p.is(k, ",") {
				k++
			}
			if y, e, ok := p.dateYear(k); ok {
				if !validDay(y, m, d) {
					return cand{}, false // "April 31, 2023" is no date
				}
				return cand{end: e, typ: "DATE", how: hAbs, p: point{t: day(y, m, d), g: gDay}}, true
			}
			if !validDay(2000, m, d) {
				return cand{}, false // "Feb. 30"
			}
			return cand{end: end, typ: "DATE", how: hYearless, p: point{t: day(2000, m, d), g: gDay}}, true
		}
	}
	k := j
	if p.is(k, ",") || p.is(k, "of") {
		k++
	}
	if y, e, ok := p.dateYear(k); ok {
		return cand{end: e, typ: "DATE", how: hAbs, p: point{t: day(y, m, 1), g: gMonth}}, true
	}
	if y, e, ok := p.spokenYear(k); ok {
		return cand{end: e, typ: "DATE", how: hAbs, p: point{t: day(y, m, 1), g: gMonth}}, true
	}
	if n, ok := yearWord(p.low(j)); ok && p.is(j+1, "year") {
		// "June last year", "January this year"
		return cand{end: j + 2, typ: "DATE", how: hYearless, p: point{t: day(2000, m, 1), g: gMonth}, dir: 10 + n}, true
	}
	// A month alone must look like one: "May" and "March" are words too.
	if m == 5 || m == 3 {
		prev := p.low(i - 1)
		switch prev {
		case "in", "of", "since", "until", "till", "by", "from", "through", "early", "late", "mid", "-", "last", "next", "this", "before", "after", "between", "and", "to", "during", "end":
		case "the":
			// "the March accession": a capital after the article is the
			// month; "the May …" stays subject to the check below
		default:
			return cand{}, false
		}
		if m == 5 && p.w[i].end-p.w[i].start == 3 && j < len(p.w) && p.w[j].k == kAlpha && !p.is(j, "and", "or", "to") {
			if e := p.w[j].e; e.c == cNone && prev != "in" && prev != "of" {
				return cand{}, false
			}
		}
	}
	if j == i+1 && len(p.w[i].low) <= 4 && !p.is(i+1, ".") && len(p.w[i].low) == 3 && m != 5 {
		// bare three-letter abbreviations without a dot ("Jan") are
		// accepted only with a day or year, which were handled above
		return cand{}, false
	}
	return cand{end: j, typ: "DATE", how: hYearless, p: point{t: day(2000, m, 1), g: gMonth}}, true
}

// dayMonth: "3 March 2024", "the 3rd of March".
func (p *parser) dayMonth(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	if j >= len(p.w) {
		return cand{}, false
	}
	if p.is(j-1, "-") && p.cls(j-2) == cTens {
		return cand{}, false // "first" of a refused "thirty-first"
	}
	d, k, ok := p.ordinal(j)
	if !ok && p.w[j].k == kDigits && j == i {
		d, ok = atoi(p.w[j].low)
		k = j + 1
	}
	if !ok || d < 1 || d > 31 {
		return cand{}, false
	}
	if p.is(k, "of") {
		k++
	} else if j != i {
		return cand{}, false
	}
	if p.cls(k) != cMonth || !p.capital(k) {
		return cand{}, false
	}
	m := time.Month(p.val(k))
	end := p.dot(k + 1)
	e2 := end
	if p.is(e2, ",") {
		e2++
	}
	if y, e, ok := p.dateYear(e2); ok {
		if !validDay(y, m, d) {
			return cand{}, false
		}
		return cand{end: e, typ: "DATE", how: hAbs, p: point{t: day(y, m, d), g: gDay}}, true
	}
	if !validDay(2000, m, d) {
		return cand{}, false // "the thirty-first of February"
	}
	return cand{end: end, typ: "DATE", how: hYearless, p: point{t: day(2000, m, d), g: gDay}}, true
}

// validDay reports whether month m of year y has a day d; a date without a
// year is checked in a leap year (2000), so February 29 stays.
func validDay(y int, m time.Month, d int) bool {
	return d >= 1 && day(y, m, d).Month() == m
}

// ordinal reads "3rd", "third" or "twenty-first" at i.
func (p *parser) ordinal(i int) (int, int, bool) {
	if v, ok := ordinalValue(p.low(i)); ok {
		return v, i + 1, true
	}
	if p.cls(i) == cTens {
		k := i + 1
		if p.is(k, "-") {
			k++
		}
		if v, ok := ordinalValue(p.low(k)); ok && v < 10 {
			return p.val(i) + v, k + 1, true
		}
	}
	return 0, i, false
}

// weekday: "Friday", "Friday morning", "Friday, March 8".
func (p *parser) weekday(i int) (cand, bool) {
	if p.cls(i) != cWeekday || !p.capital(i) {
		return cand{}, false
	}
	if len(p.w[i].low) < 6 { // abbreviations (Sat, Sun, Wed) only before a date
		k := p.dot(i + 1)
		if p.is(k, ",") {
			k++
		}
		if c, ok := p.monthDate(k); ok && c.p.g == gDay {
			return c, true
		}
		return cand{}, false
	}
	c := cand{end: i + 1, typ: "DATE", how: hWeekday, wd: p.val(i)}
	k := i + 1
	if p.is(k, ",") {
		k++
	}
	// "Friday, Oct. 23" is one expression, with the date's value.
	if mc, ok := p.monthDate(k); ok && mc.p.g == gDay {
		return mc, true
	}
	if mc, ok := p.dayMonth(k); ok {
		return mc, true
	}
	p.partAfter(&c)
	return c, true
}

// yearExpr: "1990", "fiscal 1990", "the 1990s", "the '90s", "the
// nineties", "the year 2000", "the 20th century".
func (p *parser) yearExpr(i int) (cand, bool) {
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	if p.is(j, "fy") && p.w[j].upper && j+1 < len(p.w) && p.w[j+1].k == kDigits {
		// "FY2024", "FY 24"
		if y, ok := atoi(p.w[j+1].low); ok && (len(p.w[j+1].low) == 4 || len(p.w[j+1].low) == 2) {
			if y < 100 {
				y += 2000
			}
			return cand{end: j + 2, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
		}
	}
	if p.is(j, "fiscal") {
		j++
		if p.is(j, "year") {
			j++
		}
		if y, ok := p.year(j); ok {
			return cand{end: j + 1, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
		}
		return cand{}, false
	}
	if the && p.is(j, "year") {
		if y, ok := p.year(j + 1); ok {
			return cand{end: j + 2, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
		}
		if y, k, ok := p.number(j+1, false); ok && y >= 1000 && y < 2200 {
			return cand{end: k, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
		}
	}
	if y, k, ok := p.spokenYear(j); ok {
		return cand{end: k, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
	}
	if y, ok := p.year(j); ok {
		if the && !(p.is(j+1, "s")) {
			return cand{}, false
		}
		if p.is(j+1, "'") && p.is(j+2, "s") && p.glued(j+1) {
			// "1990's": a possessive of the year or a decade; a decade
			// only after "the".
			if the {
				return cand{end: j + 3, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gDecade}}, true
			}
			return cand{end: j + 1, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
		}
		if p.is(j+1, "-") && p.glued(j+1) && j+2 < len(p.w) && p.w[j+2].k == kDigits {
			return cand{}, false // 1990-95 ranges are left alone
		}
		return cand{end: j + 1, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gYear}}, true
	}
	if j < len(p.w) && p.w[j].k == kNumeric && strings.HasSuffix(p.w[j].low, "s") {
		if y, ok := atoi(strings.TrimSuffix(p.w[j].low, "s")); ok && y >= 1000 && y <= 2190 && y%10 == 0 {
			// "the 1900s" is read as a decade, the commoner sense
			return cand{end: j + 1, typ: "DATE", how: hAbs, p: point{t: day(y, 1, 1), g: gDecade}}, true
		}
	}
	// '90s
	if p.is(j, "'") || p.is(j, "’") || p.is(j, "‘") {
		if j+1 < len(p.w) && p.w[j+1].k == kNumeric && len(p.w[j+1].low) == 3 && p.w[j+1].low[2] == 's' && p.glued(j+1) {
			if d, ok := atoi(p.w[j+1].low[:2]); ok && d%10 == 0 {
				return cand{end: j + 2, typ: "DATE", how: hYearless, p: point{g: gDecade, t: day(1900+d, 1, 1)}}, true
			}
		}
	}
	if the {
		if d, ok := decadeWords[p.low(j)]; ok {
			return cand{end: j + 1, typ: "DATE", how: hYearless, p: point{g: gDecade, t: day(1900+d, 1, 1)}}, true
		}
	}
	// the 20th century, twentieth-century
	if k, end, ok := p.ordinal(j); ok && k >= 1 && k <= 22 {
		if p.is(end, "-") && p.glued(end) {
			end++
		}
		if p.is(end, "century") {
			return cand{end: end + 1, typ: "DATE", how: hAbs, p: point{t: day((k-1)*100, 1, 1), g: gCentury}}, true
		}
	}
	return cand{}, false
}

// spokenYear reads a year written in words at i, as broadcast
// transcripts have them: "nineteen ninety-six". It returns the year and
// the next word.
func (p *parser) spokenYear(i int) (int, int, bool) {
	if p.cls(i) == cNumber && p.val(i) >= 10 && p.val(i) <= 20 && p.cls(i+1) == cTens {
		if n, k, ok := p.number(i+1, false); ok && n < 100 {
			return p.val(i)*100 + n, k, true
		}
	}
	return 0, i, false
}

var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// quarter: "the first quarter (of 2023)", "third-quarter", "the fiscal
// first quarter", "Q1 2024", "the second half of 1990".
func (p *parser) quarter(i int) (cand, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	year := 0
	if y, ok := p.year(j); ok && j > i {
		year = y
		j++
		if p.is(j, "quarter", "period") {
			// "the 1988 quarter": the quarter the text reports, in 1988
			return cand{end: j + 1, typ: "DATE", how: hRef, inYear: y}, true
		}
	}
	rel, hasRel := 0, false
	if n, ok := yearWord(p.low(j)); ok && j == i && p.is(j+1, "year") && p.is(j+2, "'", "’") && p.is(j+3, "s") {
		rel, hasRel = n, true // "this year's third quarter"
		j += 4
	}
	fiscal := false
	if p.is(j, "fiscal") {
		fiscal = true
		j++
		if p.is(j, "-") {
			j++
		}
	}
	var n int
	// "Q3", "H1": the lexer splits the letter from the digit.
	if q := p.low(j); (q == "q" || q == "h") && p.glued(j+1) && len(p.low(j+1)) == 1 && p.low(j + 1)[0] >= '1' && p.low(j + 1)[0] <= '4' {
		n = int(p.low(j + 1)[0] - '0')
		j++
		g := gQuarter
		if q[0] == 'h' {
			g = gHalf
			if n > 2 {
				return cand{}, false
			}
		}
		if !p.w[j-1].upper {
			return cand{}, false
		}
		end := j + 1
		if y, ok := p.year(end); ok {
			return cand{end: end + 1, typ: "DATE", how: hAbs, p: quarterPoint(y, n, g)}, true
		}
		if year > 0 {
			return cand{end: end, typ: "DATE", how: hAbs, p: quarterPoint(year, n, g)}, true
		}
		return cand{end: end, typ: "DATE", how: hYearless, p: quarterPoint(2000, n, g)}, true
	}
	if p.is(j, "first", "last") && p.is(j+1, "two") && p.is(j+2, "quarters") && p.is(j+3, "of") {
		// "the first two quarters of 1990": a half
		if y, ok := p.year(j + 4); ok {
			h := 1
			if p.is(j, "last") {
				h = 2
			}
			return cand{end: j + 5, typ: "DATE", how: hAbs, p: quarterPoint(y, h, gHalf)}, true
		}
	}
	o, ok := ordinalValue(p.low(j))
	if !ok {
		if p.is(j, "last") && p.is(j+1, "half") && j > i {
			o, ok = 2, true
		} else {
			return cand{}, false
		}
	}
	k := j + 1
	if p.is(k, "-") {
		k++
	}
	if p.is(k, "fiscal") {
		fiscal = true
		k++
	}
	g := gQuarter
	skip := 0
	if p.is(j+1, "-") && j > i && year == 0 {
		skip = 1 // "the third-quarter results"
	}
	switch {
	case p.is(k, "quarter") && o >= 1 && o <= 4:
	case p.is(k, "half") && o >= 1 && o <= 2:
		g = gHalf
		if j == i {
			return cand{}, false // "first half" needs its article or a year
		}
	default:
		return cand{}, false
	}
	end := k + 1
	e2 := end
	if p.is(e2, "of") || p.is(e2, ",") {
		e2++
	}
	if p.is(e2, "fiscal") {
		e2++
	}
	if y, ok := p.year(e2); ok {
		return cand{end: e2 + 1, typ: "DATE", how: hAbs, p: quarterPoint(y, o, g)}, true
	}
	if p.is(e2, "the") && p.is(e2+1, "year") {
		return cand{end: e2 + 2, typ: "DATE", how: hYearless, p: quarterPoint(2000, o, g)}, true
	}
	if year > 0 {
		return cand{end: end, typ: "DATE", how: hAbs, p: quarterPoint(year, o, g)}, true
	}
	if hasRel {
		return cand{end: end, typ: "DATE", how: hYearless, p: quarterPoint(2000, o, g), dir: 10 + rel}, true
	}
	if p.is(end, "of") && (p.is(end+1, "this", "last", "next") && p.is(end+2, "year")) {
		n := map[string]int{"this": 0, "last": -1, "next": 1}[p.low(end+1)]
		return cand{end: end + 3, typ: "DATE", how: hYearless, p: quarterPoint(2000, o, g), dir: 10 + n}, true
	}
	c := cand{end: end, skip: skip, typ: "DATE", how: hYearless, p: quarterPoint(2000, o, g)}
	if fiscal {
		// A fiscal quarter is numbered in a year we do not know; TimeML
		// labels it with the document's year rather than guessing.
		c.dir = 10
	}
	return c, true
}

func quarterPoint(y, n int, g gran) point {
	per := 3
	if g == gHalf {
		per = 6
	}
	return point{t: day(y, time.Month((n-1)*per+1), 1), g: g}
}

// numericDate: 2024-03-12, 2024-03-12T14:30, 3/12/2024 (US order), 12.03.2024.
func (p *parser) numericDate(i int) (cand, bool) {
	if i >= len(p.w) || p.w[i].k != kNumeric {
		return cand{}, false
	}
	s := p.w[i].low
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return cand{end: i + 1, typ: "DATE", how: hAbs, p: point{t: t, g: gDay}}, true
	}
	for _, layout := range []string{"2006-01-02t15:04", "2006-01-02t15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return cand{end: i + 1, typ: "TIME", how: hAbs, p: point{t: t, g: gMinute}}, true
		}
	}
	for _, layout := range []string{"1/2/2006", "01/02/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return cand{end: i + 1, typ: "DATE", how: hAbs, p: point{t: t, g: gDay}}, true
		}
	}
	if t, err := time.Parse("2.1.2006", s); err == nil {
		return cand{end: i + 1, typ: "DATE", how: hAbs, p: point{t: t, g: gDay}}, true
	}
	if t, err := time.Parse("2006-01", s); err == nil && len(s) == 7 {
		return cand{end: i + 1, typ: "DATE", how: hAbs, p: point{t: t, g: gMonth}}, true
	}
	return cand{}, false
}

// clock: "10 a.m.", "3:30 p.m.", "10am", "14:30 GMT", with an optional day
// after it ("10 a.m. Tuesday").
func (p *parser) clock(i int) (cand, bool) {
	if i >= len(p.w) || (p.w[i].k != kDigits && p.w[i].k != kNumeric) {
		return cand{}, false
	}
	s := p.w[i].low
	j := i + 1
	suffix := ""
	for _, sf := range []string{"am", "pm", "a.m", "p.m"} {
		if strings.HasSuffix(s, sf) {
			suffix, s = sf, strings.TrimSuffix(s, sf)
			break
		}
	}
	h, m := 0, 0
	sep := ":"
	if suffix != "" || p.is(j, "a.m", "p.m", "am", "pm") {
		if strings.Contains(s, ".") {
			sep = "." // "9.30am", British style
		}
	}
	if wh, wm, end, ok := p.wireClock(i); ok && suffix == "" {
		return p.clockZone(wh, wm, end)
	}
	hs, ms, colon := strings.Cut(s, sep)
	var ok bool
	if h, ok = atoi(hs); !ok || h > 24 {
		return cand{}, false
	}
	if colon {
		if m, ok = atoi(ms); !ok || m > 59 || len(ms) != 2 {
			return cand{}, false
		}
	}
	if suffix == "" && p.is(j, "a.m", "p.m", "am", "pm") {
		suffix = p.low(j)
		j = p.dot(j + 1)
	} else if suffix != "" {
		j = p.dot(j)
	}
	switch {
	case suffix != "":
		if h < 1 || h > 12 {
			return cand{}, false
		}
		if suffix[0] == 'p' && h < 12 {
			h += 12
		} else if suffix[0] == 'a' && h == 12 {
			h = 0
		}
	case p.is(j, "o") && p.is(j+1, "'") && p.is(j+2, "clock"):
		j += 3
	case !colon && h >= 1 && h <= 12 && p.is(j, "in") && p.is(j+1, "the") && p.is(j+2, "morning", "afternoon", "evening"):
		// "at 4 in the morning"
		if !p.is(j+2, "morning") && h < 12 {
			h += 12
		} else if p.is(j+2, "morning") && h == 12 {
			h = 0
		}
		j += 3
	case colon && (p.is(j, clockZones...) || p.is(i-1, "at", "by", "until", "from", "before", "after")):
	default:
		return cand{}, false
	}
	return p.clockZone(h, m, j)
}

// clockZone ends a clock time whose digits end before j: the zone, then the
// day after it.
func (p *parser) clockZone(h, m, j int) (cand, bool) {
	if p.is(j, clockZones...) {
		j++
	}
	return p.clockDay(cand{end: j, typ: "TIME", how: hDCT, g: gMinute, hour: h, min: m, hasClock: true})
}

// clockDay extends a clock time with the day after it: "10 a.m. Tuesday",
// "5 p.m. EST, Nov. 9", "midnight Friday".
func (p *parser) clockDay(c cand) (cand, bool) {
	h, m := c.hour, c.min
	k := c.end
	if p.is(k, ",") || p.is(k, "on") && (p.cls(k+1) == cWeekday || p.cls(k+1) == cMonth) {
		k++
	}
	if d, ok := p.monthDate(k); ok && d.p.g == gDay {
		d.hour, d.min, d.hasClock, d.typ = h, m, true, "TIME"
		return d, true
	}
	if d, ok := p.deictic(k); ok && d.how == hDCT && d.g == gDay && !d.hasPart {
		d.hour, d.min, d.hasClock, d.typ, d.g = h, m, true, "TIME", gMinute
		return d, true
	}
	if d, ok := p.weekday(k); ok && !d.hasPart {
		d.hour, d.min, d.hasClock, d.typ = h, m, true, "TIME"
		return d, true
	}
	c.onRef = true
	return c, true
}

// set: "every week", "each year", "every two weeks", "every Monday",
// "daily", "twice a week", "on Mondays".
func (p *parser) set(i int) (cand, bool) {
	switch p.cls(i) {
	case cSetAdv:
		if p.is(i, "annual") {
			return cand{}, false // an adjective: "annual report"
		}
		return literal(i+1, "SET", duration(1, p.val(i))), true
	case cWeekdays:
		if p.capital(i) {
			return literal(i+1, "SET", "XXXX-WXX-"+string(rune('0'+p.val(i)))), true
		}
	}
	if p.is(i, "hourly") {
		return literal(i+1, "SET", "PT1H"), true
	}
	if p.is(i, "once", "twice") || (p.cls(i) == cNumber || p.w[min(i, len(p.w)-1)].k == kDigits) && p.is(i+1, "times") {
		j := i + 1
		if p.is(j, "times") {
			j++
		}
		if p.is(j, "a", "an", "per", "each", "every") {
			if u, _, ok := p.unit(j + 1); ok && u >= 0 {
				return literal(j+2, "SET", duration(1, u)), true
			}
		}
		return cand{}, false
	}
	if !p.is(i, "every", "each") {
		return cand{}, false
	}
	j := i + 1
	if p.is(j, "other") {
		if u, _, ok := p.unit(j + 1); ok && u >= 0 {
			return literal(j+2, "SET", duration(2, u)), true
		}
	}
	if n, k, ok := p.number(j, false); ok && n > 0 {
		if u, _, ok := p.unit(k); ok && u >= 0 {
			return literal(k+1, "SET", duration(n, u)), true
		}
	}
	switch p.cls(j) {
	case cUnit:
		if p.val(j) < 0 {
			return cand{}, false
		}
		if p.is(j, "weekend") {
			return literal(j+1, "SET", "XXXX-WXX-WE"), true
		}
		return literal(j+1, "SET", duration(1, p.val(j))), true
	case cWeekday:
		if p.capital(j) {
			c := literal(j+1, "SET", "XXXX-WXX-"+string(rune('0'+p.val(j))))
			if p.cls(j+1) == cPart {
				c.val += "T" + partCode[p.val(j+1)]
				c.end++
			}
			return c, true
		}
	case cMonth:
		if p.capital(j) {
			return literal(p.dot(j+1), "SET", "XXXX-"+twoDigits(p.val(j))), true
		}
	case cPart:
		return literal(j+1, "SET", "XXXX-XX-XXT"+partCode[p.val(j)]), true
	case cSeason:
		return literal(j+1, "SET", "XXXX-"+seasonCode[p.val(j)]), true
	}
	return cand{}, false
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// season: "summer 2023", "the summer", "this spring" is the relative rule's.
func (p *parser) season(i int) (cand, bool) {
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	if p.cls(j) != cSeason {
		return cand{}, false
	}
	if p.is(j, "fall") && !the && !p.w[j].upper {
		return cand{}, false // the verb
	}
	s := p.val(j)
	end := j + 1
	e2 := end
	if p.is(e2, "of") {
		e2++
	}
	if y, ok := p.year(e2); ok {
		return cand{end: e2 + 1, typ: "DATE", how: hAbs, p: point{t: day(y, time.Month(seasonMonth[s]), 1), g: gSeason, sea: s}}, true
	}
	if y, e, ok := p.spokenYear(e2); ok {
		return cand{end: e, typ: "DATE", how: hAbs, p: point{t: day(y, time.Month(seasonMonth[s]), 1), g: gSeason, sea: s}}, true
	}
	if !the && !p.is(i-1, "in", "during", "this", "last", "next", "early", "late", "mid", "-", "by", "until", "since") {
		return cand{}, false
	}
	if the && p.is(end, "of") {
		return cand{}, false // "the fall of the regime"
	}
	return cand{end: end, typ: "DATE", how: hYearless, p: point{g: gSeason, sea: s}}, true
}

// yearWord reads the year a determiner picks: this 0, last -1, next +1.
func yearWord(w string) (int, bool) {
	switch w {
	case "this":
		return 0, true
	case "last":
		return -1, true
	case "next":
		return 1, true
	}
	return 0, false
}
