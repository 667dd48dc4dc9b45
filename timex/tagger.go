// Package timex finds time expressions in news text and normalises them to
// TIMEX3 values (TimeML): dates, times, durations and sets, anchored to the
// document's publication date and to the dates the narrative moves to.
//
// It is rule-based, in the manner of HeidelTime and SUTime: a small lexer,
// word tables (lexicon.go, holiday.go) and a grammar of readable matching
// functions (grammar.go), then an anchoring step (this file).
package timex

import (
	"time"

	"sitrep"
)

// Tagger is the time-expression component. It holds no state between
// documents and is safe for concurrent use.
type Tagger struct{}

// New returns a Tagger.
func New() *Tagger { return &Tagger{} }

func (*Tagger) Name() string        { return "timex" }
func (*Tagger) Needs() sitrep.Layer { return sitrep.LayerTokens | sitrep.LayerSentences }
func (*Tagger) Fills() sitrep.Layer { return sitrep.LayerTimexes }

// Process fills doc.Timexes. Part-of-speech tags are used for tense when
// the document has them; otherwise words of the sentence are the cues.
func (t *Tagger) Process(doc *sitrep.Document) error {
	doc.Timexes = Find(doc)
	return nil
}

// Find returns the time expressions of doc without storing them. Sentence
// boundaries come from doc.Sentences (the whole text when there are none).
func Find(doc *sitrep.Document) []sitrep.Timex {
	low := lowerASCII(doc.Text)
	a := anchorer{doc: doc, dct: doc.Published}
	if !a.dct.IsZero() {
		y, m, d := a.dct.Date()
		if h, mi, sec := a.dct.Clock(); h != 0 || mi != 0 || sec != 0 {
			// wall clock of the publication, in its own zone as the day is
			a.clock = time.Date(y, m, d, h, mi, sec, 0, time.UTC)
		}
		a.dct = day(y, m, d)
	}
	var out []sitrep.Timex
	var words []word
	var near []int
	sents := doc.Sentences
	if len(sents) == 0 {
		sents = []sitrep.Sentence{{Start: 0, End: len(doc.Text), TokStart: 0, TokEnd: len(doc.Tokens)}}
	}
	for si := range sents {
		s := &sents[si]
		if s.Start < 0 || s.End > len(doc.Text) || s.Start > s.End {
			continue
		}
		words = lex(doc.Text, low, s.Start, s.End, words[:0])
		p := parser{w: words}
		a.sent = s
		a.p = &p
		a.hasRange = false
		titled := titleCase(words)
		// near[i] is the index of the first temporal word at or after i:
		// a function word ("the", "about") can start an expression only
		// with one close behind it.
		near = near[:0]
		for range words {
			near = append(near, 0)
		}
		next := len(words) + 100
		for i := len(words) - 1; i >= 0; i-- {
			if temporal(&words[i]) {
				next = i
			}
			near[i] = next
		}
		for i := 0; i < len(words); {
			if !mayStart(&words[i]) || words[i].e.c == cWord && near[i]-i > 4 {
				i++
				continue
			}
			c, ok := p.parseAt(i)
			if !ok || c.end <= i {
				i++
				continue
			}
			if !titled && c.hol == nil && inName(words, i+c.skip, c.end) || c.needDay && !a.hasRefDay {
				i = c.end
				continue
			}
			typ, val, mod := a.resolve(&c, i)
			out = append(out, sitrep.Timex{
				Span:  doc.MakeSpan(words[i+c.skip].start, words[c.end-1].end),
				Type:  typ,
				Value: val,
				Mod:   mod,
			})
			i = c.end
			// "April 24 and 25": the second day is an expression too.
			if (c.how == hAbs || c.how == hYearless) && c.p.g == gDay && c.hol == nil && !c.hasClock && a.hasRefDay &&
				p.is(i, "and", "to", "through", "-", "–") && i+1 < len(words) && words[i+1].k == kDigits {
				d, _ := atoi(words[i+1].low)
				first := a.refDay.t
				if d > first.Day() && d <= 31 && !p.is(i+2, "%", "percent") && p.cls(i+2) == cNone && secondDayEnds(&p, i+2) {
					if t := first.AddDate(0, 0, d-first.Day()); t.Month() == first.Month() {
						pt := point{t: t, g: gDay}
						out = append(out, sitrep.Timex{Span: doc.MakeSpan(words[i+1].start, words[i+1].end), Type: "DATE", Value: pt.String()})
						i += 2
					}
				}
			}
		}
	}
	return out
}

// secondDayEnds reports whether the word at i can follow the bare second day
// of "April 24 and 25": the end of a clause, a year or a word that starts no
// noun phrase. A noun means a count: "on March 3 and 20 soldiers died".
func secondDayEnds(p *parser, i int) bool {
	if i >= len(p.w) || p.w[i].k == kPunct && !p.is(i, "%", "$", "-") {
		return true
	}
	if _, ok := p.year(i); ok {
		return true
	}
	return p.is(i, "respectively", "in", "at", "on", "for", "with", "when", "as", "after", "before", "but", "and", "or",
		"to", "the", "from", "during", "while", "until", "by", "near", "outside", "inside", "across", "between", "under", "over")
}

// inName reports whether words [from, to) hold a unit or a day word
// capitalised inside a sentence: the title of a programme or a film ("ABC's
// This Week", "60 Minutes", "High Noon", "VOA Today"), not a time.
func inName(w []word, from, to int) bool {
	for j := from; j < to; j++ {
		if !w[j].upper || j == 0 || w[j-1].k == kPunct && !(w[j-1].low == "-" || w[j-1].low == "'") {
			continue
		}
		switch w[j].e.c {
		case cUnit, cUnits, cPart, cDeictic:
			return true
		}
	}
	return false
}

// titleCase reports whether most words of a sentence are capitalised, as
// in a headline, where capitals say nothing of names.
func titleCase(w []word) bool {
	alpha, up := 0, 0
	for i := range w {
		if w[i].k == kAlpha && len(w[i].low) > 3 {
			alpha++
			if w[i].upper {
				up++
			}
		}
	}
	return alpha > 0 && 2*up > alpha
}

// mayStart is the quick test that lets most words through without trying
// the grammar.
func mayStart(w *word) bool {
	switch w.k {
	case kDigits, kNumeric:
		return true
	case kPunct:
		return w.low == "'" || w.low == "’" || w.low == "‘"
	}
	return w.e.c != cNone || w.upper && (w.low == "q" || w.low == "h" || w.low == "fy")
}

// temporal reports whether a word names or counts time by itself.
func temporal(w *word) bool {
	switch w.k {
	case kDigits, kNumeric:
		return true
	case kPunct:
		return false
	}
	switch w.e.c {
	case cNone:
		return false
	case cWord:
		return temporalWords[w.low]
	}
	return true
}

var temporalWords = map[string]bool{
	"future": true, "present": true, "past": true, "christmas": true, "easter": true, "thanksgiving": true,
	"halloween": true, "ramadan": true, "eid": true, "yearend": true, "once": true, "twice": true, "pentecost": true, "year-earlier": true, "latest": true, "term": true,
	"twenties": true, "thirties": true, "forties": true, "fifties": true, "sixties": true, "seventies": true,
	"eighties": true, "nineties": true,
}

// anchorer places matched expressions on the calendar.
type anchorer struct {
	doc *sitrep.Document
	dct time.Time // midnight of the publication day; zero when unknown
	// clock is the publication's time of day on dct, from which "two
	// hours ago" counts; zero when the date came without one (midnight).
	clock time.Time
	// ref is the last date the text resolved: "two days later" counts
	// from it.
	ref    point
	hasRef bool
	// refDay is the last resolved date known to the day, from which
	// counts of days and weeks are made.
	refDay    point
	hasRefDay bool
	// period is the last quarter or half resolved: "the 1988 quarter"
	// is the same quarter in 1988.
	period    point
	hasPeriod bool

	// rangeFrom is the yearless period that opened a range in this
	// sentence ("from May"), and rangeEnd the word after it, so that "to
	// July" lands after it.
	rangeFrom point
	rangeEnd  int
	hasRange  bool

	sent *sitrep.Sentence
	p    *parser
}

func (a *anchorer) resolve(c *cand, at int) (typ, val, mod string) {
	typ, mod = c.typ, c.mod
	switch c.how {
	case hLiteral:
		return typ, c.val, mod
	case hAbs:
		a.setRef(c.p)
		return typ, a.offset(c, a.refine(c, c.p)).String(), mod
	}
	if c.inYear != 0 {
		pt := point{t: day(c.inYear, 1, 1), g: gYear}
		if a.hasPeriod {
			pt = a.period
			pt.t = day(c.inYear, pt.t.Month(), 1)
		}
		return typ, pt.String(), mod
	}
	if a.dct.IsZero() && !(c.how == hRef && (a.hasRef || a.hasRefDay)) && !(c.onRef && a.hasRefDay) {
		return typ, a.unknown(c), mod
	}
	var pt point
	switch c.how {
	case hDCT:
		pt = point{t: a.dct, g: gDay}.truncate(c.g)
		if c.onRef && a.hasRefDay {
			pt = a.refDay
		}
		if c.g == gWeekend && c.n == 0 {
			// "the weekend": the one before the document in a past-tense
			// sentence, the coming one otherwise.
			wd := a.dct.Weekday()
			if wd != time.Saturday && wd != time.Sunday && a.tenseAt(at) < 0 {
				pt = pt.shift(uWeek, -1)
			}
		} else if c.yearAgo && a.hasRef && (a.ref.g == gQuarter || a.ref.g == gHalf) {
			pt = a.ref.shift(uYear, c.n)
		} else if c.n != 0 && isTimeUnit(c.u) && c.typ == "TIME" && !(c.onRef && a.hasRefDay) {
			// "two hours ago" counts from the publication's clock; without
			// one the day of publication is the best guess, not the eve
			// that counting from its midnight would give.
			if a.clock.IsZero() {
				return "DATE", point{t: a.dct, g: gDay}.String(), mod
			}
			pt = point{t: a.clock, g: c.g}.shift(c.u, c.n)
		} else if c.n != 0 {
			pt = pt.shift(c.u, c.n)
			if c.g != gDay {
				pt = pt.truncate(c.g)
			}
		}
	case hRef:
		base := point{t: a.dct, g: gDay}
		switch {
		case (c.g == gQuarter || c.g == gHalf) && c.n == 0 && !c.keepRef && a.hasPeriod:
			// "that quarter": the last quarter named, not the quarter
			// of the last date
			base = a.period
		case c.g >= gDay && !c.keepRef && a.hasRefDay:
			base = a.refDay
		case c.g >= gDay && !c.keepRef && a.dct.IsZero():
			return typ, unknownValue(c.g), mod
		case c.g >= gDay && !c.keepRef:
		case a.hasRef:
			base = a.ref
		}
		if c.current && !(a.hasRef && a.ref.g >= gHalf && a.ref.g <= gMonth && !a.dct.IsZero() && a.ref.t.After(a.dct.AddDate(-1, 0, 0))) && !a.dct.IsZero() {
			base = point{t: a.dct, g: gYear}
		}
		if c.g == gQuarter && c.keepRef && base.g != gQuarter {
			// "the year-earlier quarter" without a quarter to go by: the
			// last quarter reported, a year before.
			base = point{t: a.dct, g: gDay}.truncate(gQuarter).shift(uQuarter, -1)
		}
		if c.keepRef {
			switch {
			case base.g > gDay:
				base = base.truncate(gDay)
			case base.g != gQuarter && base.g != gHalf && base.g != gMonth && c.u == uYear:
				// "a year earlier" than a day is that year, not that day.
				base = base.truncate(gYear)
			}
		} else {
			if base.g < c.g && c.g <= gDay {
				if a.dct.IsZero() {
					return typ, unknownValue(c.g), mod
				}
				base = point{t: a.dct, g: gDay}
			}
			base = base.truncate(c.g)
		}
		pt = base.shift(c.u, c.n)
		if !c.keepRef {
			pt = pt.truncate(c.g)
		}
	case hYearless:
		if a.hasRange && at == a.rangeEnd+1 && a.p.is(a.rangeEnd, "to", "until", "till", "through", "and", "-", "–") && c.p.g == a.rangeFrom.g && c.dir == 0 {
			pt = place(c, a.rangeFrom.t.Year())
			if pt.t.Before(a.rangeFrom.t) {
				pt = place(c, a.rangeFrom.t.Year()+1)
			}
		} else {
			pt = a.yearless(c, at)
		}
		a.rangeFrom, a.rangeEnd, a.hasRange = pt, c.end, true
	case hWeekday:
		pt = a.weekday(c, at)
	}
	// Comparisons ("a year earlier", "a year ago") do not move the
	// narrative: the next one is measured from the same date.
	if c.fewYears {
		pt = point{t: a.dct.AddDate(c.n, 0, 0), g: gDecade}.truncate(gDecade)
		return typ, pt.String() + "X", mod
	}
	if c.how != hRef && !c.yearAgo {
		a.setRef(pt)
	}
	return typ, a.offset(c, a.refine(c, pt)).String(), mod
}

// offset moves a resolved day as "the day before" or "the week of" say.
func (a *anchorer) offset(c *cand, pt point) point {
	if c.offN != 0 {
		pt = pt.shift(c.offU, c.offN)
	}
	if c.toWeek {
		pt = pt.truncate(gWeek)
	}
	return pt
}

// refine adds a part of day or a clock time to a day.
func (a *anchorer) refine(c *cand, pt point) point {
	switch {
	case c.hasClock:
		pt = pt.truncate(gDay)
		pt.t = pt.t.Add(time.Duration(c.hour)*time.Hour + time.Duration(c.min)*time.Minute)
		pt.g = gMinute
	case c.hasPart:
		pt = pt.truncate(gDay)
		pt.g, pt.part = gPart, c.part
	}
	return pt
}

func (a *anchorer) setRef(pt point) {
	a.ref, a.hasRef = pt, true
	if pt.g == gQuarter || pt.g == gHalf {
		a.period, a.hasPeriod = pt, true
	}
	if pt.g >= gDay {
		a.refDay, a.hasRefDay = pt.truncate(gDay), true
	}
}

// unknown writes the value of an expression that needs a document date
// the article does not have: the known fields, X for the rest.
func (a *anchorer) unknown(c *cand) string {
	switch c.how {
	case hWeekday:
		v := "XXXX-WXX-" + string(rune('0'+c.wd))
		if c.hasPart {
			v += "T" + partCode[c.part]
		}
		return v
	case hYearless:
		if c.hol != nil {
			// Fixed holidays keep their day; movable ones are unknown.
			t, u := c.hol(2001), c.hol(2002)
			if t.Month() != u.Month() || t.Day() != u.Day() {
				return unknownValue(c.p.g)
			}
			if c.p.g == gDay {
				return "XXXX-" + twoDigits(int(t.Month())) + "-" + twoDigits(t.Day())
			}
			return unknownValue(c.p.g)
		}
		switch c.p.g {
		case gMonth:
			return "XXXX-" + twoDigits(int(c.p.t.Month()))
		case gDay:
			return "XXXX-" + twoDigits(int(c.p.t.Month())) + "-" + twoDigits(c.p.t.Day())
		case gSeason:
			return "XXXX-" + seasonCode[c.p.sea]
		case gQuarter, gHalf:
			return "XXXX" + c.p.String()[4:]
		case gDecade:
			return c.p.String()
		}
	}
	g := c.g
	if c.how == hYearless {
		g = c.p.g
	}
	if c.hasPart {
		return "XXXX-XX-XXT" + partCode[c.part]
	}
	return unknownValue(g)
}

// place returns the period c names in year y.
func place(c *cand, y int) point {
	pt := c.p
	switch {
	case c.hol != nil:
		return point{t: c.hol(y), g: gDay}.truncate(c.p.g)
	case pt.g == gSeason:
		return point{t: day(y, time.Month(seasonMonth[pt.sea]), 1), g: gSeason, sea: pt.sea}
	}
	m, d := pt.t.Month(), pt.t.Day()
	if pt.g == gDay && !validDay(y, m, d) {
		// February 29 in a year without one: the month is all that is
		// sure, not a made-up 28th.
		return point{t: day(y, m, 1), g: gMonth}
	}
	pt.t = day(y, m, d)
	return pt
}

// yearless gives a month, day, season, quarter or holiday its year: the
// document's, moved back a year when the sentence speaks of the past and
// the period is still to come, or forward when it speaks of the future
// and the period is over.
func (a *anchorer) yearless(c *cand, at int) point {
	if c.p.g == gDecade {
		y := c.p.t.Year()%100 + a.dct.Year()/100*100
		if y > a.dct.Year()+5 {
			y -= 100
		}
		return point{t: day(y, 1, 1), g: gDecade}
	}
	y := a.dct.Year()
	if c.dir >= 9 {
		return place(c, y+c.dir-10)
	}
	pt := place(c, y)
	cur := point{t: a.dct, g: gDay}.truncate(pt.g)
	if c.hol != nil {
		cur = point{t: a.dct, g: gDay}.truncate(gDay)
	}
	if pt.g == gSeason && cur.t.Year() != y {
		// January and February are in the winter that began the December
		// before: "this winter" is that one, "last winter" the one before,
		// and "last" or "next" count seasons from it, not from the year.
		switch {
		case c.dir == 2 && pt.sea == cur.sea:
			return cur
		case c.dir == 1 || c.dir == -1:
			y = cur.t.Year()
			pt = place(c, y)
		}
	}
	dir := c.dir
	tense := 0
	if dir == 0 {
		tense = a.tenseAt(at)
	}
	if dir == 0 && pt.g != gQuarter && pt.g != gHalf && tense > 0 {
		// No "last" or "next" but a future tense: the nearest placement
		// with those before the document date ten times as far ("will
		// close on Christmas" in March is next December; "by Jan. 14"
		// the day after it is still that Jan. 14).
		best, bestScore := pt, -1
		for _, yy := range []int{y - 1, y, y + 1} {
			q := place(c, yy)
			d := periodDistance(q, a.dct)
			if d < 0 {
				d *= 10
			}
			if d < 0 {
				d = -d
			}
			if bestScore < 0 || d < bestScore {
				best, bestScore = q, d
			}
		}
		return best
	}
	if dir == 0 && tense < -1 {
		// "since April 20": the last placement not after the document
		// date.
		for yy := y + 1; yy >= y-1; yy-- {
			if q := place(c, yy); !q.t.After(cur.t) {
				return q
			}
		}
	}
	if dir == 0 {
		// Quarters and halves are reporting periods: the one just closed
		// is spoken of in the future tense too ("will report third-quarter
		// results"), so the tense only weighs: the placement nearest the
		// document date, the other side of it three times as far.
		// Distances are to the period's nearer edge. Past tense is
		// weighed the same way for all periods: it is the tense of
		// reporting ("said"), which news uses of plans as well.
		best, bestScore := pt, -1
		for _, yy := range []int{y - 1, y, y + 1} {
			q := place(c, yy)
			d := periodDistance(q, a.dct)
			if d > 0 && tense < 0 || d < 0 && tense > 0 {
				d *= 3
			}
			if d < 0 {
				d = -d
			}
			if bestScore < 0 || d < bestScore {
				best, bestScore = q, d
			}
		}
		return best
	}
	switch dir {
	case -1:
		if pt.t.After(cur.t) || c.dir == -1 && !pt.t.Before(cur.t) {
			pt = place(c, y-1)
		}
	case 1:
		if pt.t.Before(cur.t) || c.dir == 1 && !pt.t.After(cur.t) {
			pt = place(c, y+1)
		}
	}
	return pt
}

// weekday places a weekday name in the week around the document date.
func (a *anchorer) weekday(c *cand, at int) point {
	anchor := a.dct
	if c.fromRef && a.hasRef && a.ref.g >= gDay {
		anchor = a.ref.truncate(gDay).t
	}
	dw := int(anchor.Weekday()+6)%7 + 1
	dir := c.dir
	if dir == 0 || dir == 2 {
		if c.wd == dw {
			return point{t: anchor, g: gDay}
		}
		dir = a.tenseAt(at)
		if dir == 0 {
			dir = -1 // news reports what happened
		}
		if dir > 0 && a.p.is(c.end, "'", "’") && a.p.is(c.end+1, "s") && !a.p.is(at-1, "before", "for") && !(a.p.is(at-1, "of") && a.p.is(at-2, "ahead")) && !forward(a.p, at) {
			// "get around Wednesday's ruling": a possessive day names
			// an event the story reports, whatever the verb's tense
			dir = -1
		}
	}
	var off int
	if dir < 0 {
		off = -((dw - c.wd + 7) % 7)
		if off == 0 {
			off = -7
		}
	} else {
		off = (c.wd - dw + 7) % 7
		if off == 0 {
			off = 7
		}
	}
	return point{t: anchor.AddDate(0, 0, off), g: gDay}
}

// periodDistance is the number of days from t to the period p: positive
// when p is after t, negative when before, 0 when t is inside it.
func periodDistance(p point, t time.Time) int {
	start := p.t
	var end time.Time
	switch p.g {
	case gYear:
		end = start.AddDate(1, 0, 0)
	case gHalf:
		end = start.AddDate(0, 6, 0)
	case gQuarter, gSeason:
		end = start.AddDate(0, 3, 0)
	case gMonth:
		end = start.AddDate(0, 1, 0)
	case gWeek, gWeekend:
		end = start.AddDate(0, 0, 7)
	default:
		end = start.AddDate(0, 0, 1)
	}
	switch {
	case t.Before(start):
		return int(start.Sub(t).Hours() / 24)
	case !t.Before(end):
		return -int(t.Sub(end).Hours()/24) - 1
	}
	return 0
}
