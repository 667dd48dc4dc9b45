package coder

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep"
)

// The date of an event: the time expression attached to its trigger,
// else a day named elsewhere in its sentence, else the publication day;
// bare weekdays turned by the act's status, relative clauses, noun
// dates, deadlines and "a day after" clauses handled on the way.

// futureDate reports whether the trigger's own time expression lies after
// the publication day.
func (s *sent) futureDate(i int) bool {
	if s.doc.Published.IsZero() {
		return false
	}
	tx := s.timexOf(i)
	if tx == nil {
		return false
	}
	if d, _ := normalise(tx.Value); d != "" {
		if _, ok := s.pastOffsetDay(i, tx, d); ok {
			return false // a past act's offset day, not a day to come
		}
	}
	if tx.Value == "FUTURE_REF" {
		return true
	}
	if futurePeriod(tx) {
		// "later this month": future even within the story's month.
		return true
	}
	date, _ := normalise(tx.Value)
	if v := tx.Value; len(v) == 8 && v[4:6] == "-W" {
		date = weekStart(v) // "next week" is future even within the month
	} else if len(v) == 11 && v[4:6] == "-W" && v[8:] == "-WE" {
		if t, err := time.Parse("2006-01-02", weekStart(v[:8])); err == nil {
			date = t.AddDate(0, 0, 5).Format("2006-01-02") // its Saturday
		}
	}
	pub := s.doc.Published.Format("2006-01-02")
	// A month or year counts as future only when it starts after the
	// publication day's month or year.
	return date != "" && date > pub[:len(date)]
}

// timexOf returns the time expression attached to trigger i: the first
// one whose head, climbing the tree, reaches i before any other verb.
func (s *sent) timexOf(i int) *sitrep.Timex {
	d := s.doc
	for _, tx := range s.timexes() {
		if tx.Type == "DURATION" || tx.Type == "SET" || dateline(d, tx) || s.nounDay(tx, i) {
			continue
		}
		if tx.Type == "TIME" && clockOnly(tx.Text) && deadline(d.Text[:tx.Start]) {
			// "imposed a curfew from 10 p.m. to 5 a.m.": hours of a
			// measure, not the day it was taken.
			continue
		}
		h := s.timexHead(tx)
		if h < 0 {
			// "in the 1970’s": the expression covers part of a token
			// only, so no token of the parse is its head.
			continue
		}
		if n := s.dayForNoun(h); n >= 0 {
			if n == i {
				return tx
			}
			h = n
		}
		if s.superlativeFrame(h) {
			continue // "its largest air attack of the winter" (dates_superlative_frame.go)
		}
		for k, c := s.head(h), h; k >= 0; k, c = s.head(k), k {
			if k == i {
				if s.subjectTime(c, tx) {
					// "Harman, now director of the Wilson Center,
					// urged Obama last year" (dates_subject_time.go).
					break
				}
				return tx
			}
			if s.tok(k).UPOS == "VERB" {
				break
			}
		}
	}
	return nil
}

// dayForNoun returns the noun a weekday set "for" follows ("called a
// protest for Saturday", "a strike for Thursday"), else -1: the day is
// the protest's, and so the calling verb's, though the parse often hangs
// it on the sentence's first verb ("accused the government of ... and
// called a protest for Saturday" gave the accusing the coming Saturday).
func (s *sent) dayForNoun(h int) int {
	if h-2 < s.from || h >= s.to || !weekdays[s.lowerWord(h)] {
		return -1
	}
	if !strings.EqualFold(s.doc.TokenText(h-1), "for") || s.tok(h-2).UPOS != "NOUN" {
		return -1
	}
	return h - 2
}

// date returns the event's date and precision: the attached time
// expression's; else the nearest day named in the same sentence (the
// parse often attaches "on Sunday" to the wrong verb); else, for an act
// that is not in the future, else the publication day. (Carrying the
// lead's day over to later sentences was tried and lost more than it
// gained on the dev set.)
func (s *sent) date(i int, status string) (string, string) {
	d, p, _ := s.dateOwn(i, status)
	return d, p
}

// dateOwn is date, also reporting whether the day came from the sentence
// (own) rather than from the publication day by default: only a
// defaulted day may be replaced by an earlier telling's (retold.go).
func (s *sent) dateOwn(i int, status string) (string, string, bool) {
	if status != sitrep.StatusPlanned {
		if d, p := s.spanned(i); d != "" {
			return d, p, true
		}
	}
	if d, ok := s.dayAfterWords(i, status); ok {
		return d, "day", true
	}
	tx := s.actTimex(i) // not "after the earthquake on Friday night" (dates_other_occasion.go)
	if tx == nil && s.sharedSubjectConjunct(i) {
		// "met Sharaa on Sunday ... and called for": a coordinated verb
		// sharing its head's subject shares its day.
		tx = s.actTimex(s.head(i))
	}
	if tx == nil {
		tx = s.carriedTimex(i)
	}
	if tx == nil {
		tx = s.whenDay(i)
	}
	if tx == nil {
		tx = s.tripDay(i)
	}
	if tx == nil {
		tx = s.enclosingActTimex(i, status)
	}
	if tx == nil {
		if d, ok := s.daysFrom(i, status); ok {
			return d, "day", true
		}
	}
	if tx != nil && presentPeriod[strings.ToLower(tx.Text)] && !periodDates(tx, status) {
		// "the first such swap this year": the current year or month
		// dates nothing more precisely than the story does. But an act
		// done "this month" is dated by its month, as the gold guide
		// dates "earlier this month" ("have arrested 60 people this
		// month"); with "this week" too, a week's acts no longer
		// merged with the story day's tellings, dropped. A planned act
		// "this week" or "this month" is dated by its month, as
		// "next week" is (periodDates).
		tx = nil
	}
	if tx != nil {
		if d, p := s.twoDays(tx, status); d != "" {
			return d, p, true
		}
		if d, p := normalise(tx.Value); d != "" {
			if m, ok := thisWeekSoFar(tx, p, status, s.doc.Published); ok {
				return m, "month", true // dates_this_week.go
			}
			if w, wp, ok := weekOfCount(tx, d, p); ok {
				// "two weeks ago": the week's month (dates_counted_weeks.go).
				return w, wp, true
			}
			if o, ok := s.pastOffsetDay(i, tx, d); ok {
				// "A day earlier, six protesters were arrested",
				// counted by the tagger from a day to come
				// (dates_past_anaphoric.go).
				if o != "" {
					return o, "day", true
				}
			} else {
				return s.weekday(tx, d, p, status), p, true
			}
		}
	}
	if s.doc.Published.IsZero() {
		return "", "", false
	}
	pub := s.doc.Published.Format("2006-01-02")
	if status != sitrep.StatusPlanned {
		if d, tx, sched := s.sentenceDayTimex(i, status); d != "" && (d <= pub || sched) {
			// (A later day only when named for what is scheduled: "is
			// due in Addis Ababa on Tuesday for talks", told as a
			// fact.)
			if w, wp, ok := weekOfCount(tx, d, "day"); ok {
				return w, wp, true // "two weeks ago" (dates_counted_weeks.go)
			}
			return d, "day", true
		}
		if d, p := s.saidInPeriod(i); d != "" {
			return d, p, true
		}
		if status != sitrep.StatusHypothetical {
			if d := s.sameSubjectDay(i); d != "" && d < pub {
				return d, "day", true
			}
			if d := s.hoursLaterDay(i); d != "" && d < pub {
				return d, "day", true
			}
			if d := s.sameOccasionDay(); d != "" && d < pub {
				return d, "day", true
			}
			if d := s.occasionDay(i); d != "" {
				return d, "day", true
			}
		}
	} else if d, _ := s.sentenceDay(i, status); d > pub {
		// "will hold a joint air drill over the sea south of the
		// peninsula on Friday": the parser hangs the day on a noun, but
		// a later day named after the planned verb dates the plan ("on
		// Sunday accused ... and said it would file" is the saying's).
		return d, "day", true
	}
	if status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical || s.scheduledClause(i) {
		if d, p := s.sentencePeriod(i); d != "" {
			return d, p, true
		}
	}
	return pub, "day", false
}

// saidInPeriod returns the past week or month the speech verb governing
// trigger i is dated by ("Vucic said last month that police had deported
// several Russians"): what the speaker told then is of that period.
func (s *sent) saidInPeriod(i int) (string, string) {
	h := s.speechHead(i, true)
	if h < 0 || h > i {
		return "", ""
	}
	tx := s.timexOf(h)
	if tx == nil || tx.Start > s.doc.Tokens[i].Start || presentPeriod[strings.ToLower(tx.Text)] || futurePeriod(tx) {
		return "", ""
	}
	d, p := normalise(tx.Value)
	if p != "month" || d > s.doc.Published.Format("2006-01") {
		return "", ""
	}
	return d, p
}

// twoDays returns the month (or the year, across two months) of an act
// told on two days joined by "and" ("shelled the town on Sunday and
// Monday"): a span, dated as the gold guide dates spans. Else "".
func (s *sent) twoDays(tx *sitrep.Timex, status string) (string, string) {
	k := s.timexHead(tx)
	if k < 0 {
		return "", ""
	}
	d1, p1 := normalise(tx.Value)
	if p1 != "day" {
		return "", ""
	}
	for _, o := range s.timexes() {
		if o == tx {
			continue
		}
		j := s.timexHead(o)
		if j < 0 || s.rel(j) != "conj" || s.head(j) != k {
			continue
		}
		d2, p2 := normalise(o.Value)
		if p2 != "day" {
			continue
		}
		d1, d2 = s.weekday(tx, d1, p1, status), s.weekday(o, d2, p2, status)
		if d1 == d2 {
			return "", ""
		}
		if d1[:7] == d2[:7] {
			return d1[:7], "month"
		}
		return max(d1, d2)[:4], "year"
	}
	return "", ""
}

// sentencePeriod returns a week or month to come named in the sentence
// ("later this month", "next week"), for a plan with no time of its own
// in a sentence that names no day ("negotiators will travel to Cairo
// next week for talks": the talks are next week's too; "are due to meet
// in Istanbul later this month for talks"). Periods in relative clauses, of nouns, and limits ("by
// the end of the month") are left out. (Past periods for past acts, "had
// lodged a protest earlier this week ..., and asked", were tried: +7,
// -5, two more system events.)
func (s *sent) sentencePeriod(i int) (string, string) {
	d := s.doc
	pub := d.Published.Format("2006-01")
	for _, tx := range s.timexes() {
		if tx.Type != "DATE" || dateline(d, tx) || presentPeriod[strings.ToLower(tx.Text)] {
			continue
		}
		v, p := normalise(tx.Value)
		if p != "month" || s.inRelative(tx) || s.nounDay(tx, i) || deadline(d.Text[:tx.Start]) {
			continue
		}
		if v >= pub && futurePeriod(tx) {
			return v, p
		}
	}
	return "", ""
}

// futurePeriod reports a period told as to come ("later this month",
// "next week", "in the coming weeks").
func futurePeriod(tx *sitrep.Timex) bool {
	w := strings.Fields(strings.ToLower(tx.Text))
	return len(w) > 1 && (w[0] == "later" || w[0] == "next" || w[0] == "coming" || w[1] == "coming")
}

// sentenceDay returns the day named in the sentence nearest token i, a
// bare weekday turned the way the act's status says (the time tagger
// may read "told X on Sunday" as the coming Sunday), and whether that
// day is named for what is scheduled (scheduled). A planned act takes
// only a day named after it.
func (s *sent) sentenceDay(i int, status string) (string, bool) {
	best, _, sched := s.sentenceDayTimex(i, status)
	return best, sched
}

// sentenceDayTimex is sentenceDay, also returning the time expression
// that named the day.
func (s *sent) sentenceDayTimex(i int, status string) (string, *sitrep.Timex, bool) {
	d := s.doc
	var bestTx *sitrep.Timex
	best, bestDist, sched := "", 1<<30, false
	for _, tx := range s.timexes() {
		if tx.Type != "DATE" && tx.Type != "TIME" || dateline(d, tx) {
			continue
		}
		v, p := normalise(tx.Value)
		if p != "day" || s.inRelative(tx) && !s.sameRelative(tx, i) || s.nounDay(tx, i) {
			continue
		}
		if s.dayForNoun(s.timexHead(tx)) >= 0 {
			continue // the day a protest is called for dates only the calling (timexOf)
		}
		if status == sitrep.StatusPlanned && (tx.Start < d.Tokens[i].Start || s.saidDay(tx)) || status != sitrep.StatusPlanned && deadline(d.Text[:tx.Start]) {
			continue
		}
		if s.otherConjunct(tx, i) || s.laterClause(tx, i) || s.actTold(tx, i) || s.outsideRelative(tx, i) || s.inTimeClause(tx, i) {
			continue
		}
		if f, _ := s.futureClause(tx); f && status != sitrep.StatusPlanned {
			// "ECOWAS condemned the coup and said its mediator would
			// travel on Tuesday": the plan's day dates no past act.
			// (The converse, a plan not dated by a day hung on a past
			// verb, lost the "will hold a drill ... on Friday, the
			// ministry said" the parse hangs on "said".)
			continue
		}
		if dist := abs(tx.Start - d.Tokens[i].Start); dist < bestDist {
			best, bestDist, bestTx = s.weekday(tx, v, p, status), dist, tx
			sched = s.scheduled(tx) || status == sitrep.StatusNegated && s.wasScheduled(tx)
		}
	}
	return best, bestTx, sched
}

// otherConjunct reports a time expression of a clause coordinated with
// trigger i's that has a subject of its own: "Portugal's prime minister
// phoned the Angolan president on Wednesday, and Brazil condemned the
// arrests" tells two acts by two actors, and the day is only the
// first's; the second keeps the story's day unless told otherwise. The
// parser also reads a relative clause after the main one as its
// conjunct ("barred the party on Tuesday at the request of a prosecutor,
// who accuses it of fraud"): the relative pronoun stands for the subject.
func (s *sent) otherConjunct(tx *sitrep.Timex, i int) bool {
	k := s.timexHead(tx)
	if k < 0 {
		return false
	}
	v, w := s.clauseVerb(s.head(k)), s.clauseVerb(i)
	if v < 0 || w < 0 || v == w {
		return false
	}
	c := -1
	switch {
	case s.rel(w) == "conj" && s.head(w) == v:
		c = w
	case s.rel(v) == "conj" && s.head(v) == w:
		c = v
	default:
		return false
	}
	subj := s.child(c, "nsubj")
	relative := subj >= 0 && (s.lemma(subj) == "who" || s.lemma(subj) == "which")
	if subj < 0 || !relative && !s.conjunctionBetween(s.head(c), subj) || s.child(c, "mark") >= 0 {
		// A clause of its own opens with its conjunction and then its
		// subject; else the parse has misread the sentence ("called
		// Chad's leader, General Deby, by telephone on Monday and
		// asked", Deby read as the subject of "asked"), or the
		// conjunct is an adverbial clause ("stormed the consulate on
		// Friday ..., after the council accused Paris").
		return false
	}
	if h := s.head(c); s.tok(c).XPOS == "VBN" && s.child(c, "aux") < 0 && s.child(c, "aux:pass") < 0 && (s.child(h, "aux") >= 0 || s.child(h, "aux:pass") >= 0) {
		// "a boat was seized on Sunday and its crew detained": the
		// participle shares the first clause's auxiliary, and its day.
		return false
	}
	if c == w && s.pairSubject(subj) {
		// "..., and the two leaders signed" (dates_pair_subject.go):
		// only the clause told after the dated one goes on with its
		// day; "X phoned Y, and the two leaders met on Friday" does not
		// date the call.
		return false
	}
	a, _ := s.subjectOf(v)
	b, _ := s.subjectOf(w)
	// "the minister met X on Wednesday, and he criticised Y": a
	// pronoun or the same subject goes on with one story, day included.
	return !a.pron && !b.pron && !a.same(b)
}

// laterClause reports a time expression told before ", and" or ", but"
// when trigger i is told after it in what a speaker of a clause of its
// own says: "riot police fired tear gas on Monday, and the interior
// ministry said 224 people had been detained" (a count given by the
// statement, on the story's day). The words are read off the text,
// since the parse hangs such a clause where otherConjunct does not look
// (under the first clause's verb, or its object).
func (s *sent) laterClause(tx *sitrep.Timex, i int) bool {
	d := s.doc
	if tx.End > d.Tokens[i].Start {
		return false
	}
	for j := s.from; j+2 < i; j++ {
		if d.Tokens[j].Start < tx.End || d.TokenText(j) != "," || s.tok(j+1).UPOS != "CCONJ" {
			continue
		}
		switch s.tok(j + 2).UPOS {
		case "DET", "PROPN", "NOUN", "ADJ", "NUM":
			// A subject opens the clause; a pronoun goes on with the
			// subject before ("..., and he criticised").
		default:
			return false
		}
		// Only a statement of the later clause's own speaker: acts told
		// straight on after ", and" are as often the same occasion's
		// ("marched on Thursday, and police fired tear gas").
		h := s.speechHead(i, false)
		if h <= j+1 || h >= i {
			return false
		}
		subj := s.child(h, "nsubj")
		return subj > j+1 && subj < h && s.tok(subj).UPOS != "PRON" && !timeNouns[s.lemma(subj)]
	}
	return false
}

// timeNouns open a clause with its time, not its subject ("..., and
// hours later announced").
var timeNouns = setOf("hour", "day", "minute", "week", "moment")

// conjunctionBetween reports a coordinating conjunction after word a and
// before word b.
func (s *sent) conjunctionBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if s.tok(j).UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// clauseVerb returns the verb of the clause word k is in: k itself or
// the first verb above it, else -1.
func (s *sent) clauseVerb(k int) int {
	for steps := 0; k >= 0 && steps < 8; steps++ {
		if s.tok(k).UPOS == "VERB" {
			return k
		}
		k = s.head(k)
	}
	return -1
}

// dateline reports the date of a dateline ("MANILA, March 24 (Sitrep) —"),
// which dates the article, not an event.
func dateline(d *sitrep.Document, tx *sitrep.Timex) bool {
	rest := strings.TrimLeft(d.Text[tx.End:min(len(d.Text), tx.End+4)], " ")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-")
}

// normalise turns a TIMEX3 value into a calendar date the store can
// order: a day, a month or a year, with its precision. Weeks and weekends
// become their month (or year, across two months), quarters and seasons
// their year.
func normalise(v string) (string, string) {
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && !strings.ContainsRune(v, 'X'):
		return v, "day"
	case len(v) == 7 && v[4] == '-' && isDigits(v[5:]) && isDigits(v[:4]):
		return v, "month"
	case len(v) == 4 && isDigits(v):
		return v, "year"
	case len(v) == 8 && v[4:6] == "-W" && isDigits(v[:4]) && isDigits(v[6:]):
		// "last week", "next week": the month the week falls in, or the
		// year when it spans two months (the gold guide's rule for
		// spans).
		monday, _ := time.Parse("2006-01-02", weekStart(v))
		sunday := monday.AddDate(0, 0, 6)
		if monday.Month() == sunday.Month() {
			return monday.Format("2006-01"), "month"
		}
		return sunday.Format("2006"), "year"
	case len(v) == 11 && v[4:6] == "-W" && v[8:] == "-WE" && isDigits(v[:4]) && isDigits(v[6:8]):
		// "over the weekend": its month, or its year when Saturday and
		// Sunday fall in two months, as for weeks.
		monday, _ := time.Parse("2006-01-02", weekStart(v[:8]))
		sat, sun := monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6)
		if sat.Month() == sun.Month() {
			return sat.Format("2006-01"), "month"
		}
		return sun.Format("2006"), "year"
	case len(v) == 7 && v[4:6] == "-Q" && isDigits(v[:4]):
		// A quarter spans months: its year.
		if q := atoi(v[6:]); q >= 1 && q <= 4 {
			return v[:4], "year"
		}
	case len(v) == 7 && v[4] == '-' && isDigits(v[:4]):
		return v[:4], "year" // seasons, halves
	}
	return "", ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// dayWords name a day on their own: a weekday, or today, tonight,
// tomorrow, yesterday.
var dayWords = func() map[string]bool {
	m := setOf("today", "tonight", "tomorrow", "yesterday")
	for w := range weekdays {
		m[w] = true
	}
	return m
}()

// weekday corrects a bare weekday resolved in the wrong direction: "will
// hold talks on Monday" is the next Monday, "struck on Monday" the last
// (the gold guide), whatever tense the time tagger assumed.
func (s *sent) weekday(tx *sitrep.Timex, d, p, status string) string {
	if p != "day" || s.doc.Published.IsZero() {
		return d
	}
	words := strings.Fields(strings.ToLower(tx.Text))
	if len(words) == 0 || !weekdays[words[len(words)-1]] || len(words) > 2 {
		return d
	}
	if len(words) == 2 && words[0] != "on" {
		return d // "last Tuesday", "next Monday" say which
	}
	day, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	pub := s.doc.Published.Format("2006-01-02")
	planned := status == sitrep.StatusPlanned || s.scheduled(tx) || status == sitrep.StatusNegated && s.wasScheduled(tx)
	switch {
	case planned && d < pub:
		day = day.AddDate(0, 0, 7)
	case !planned && d > pub:
		day = day.AddDate(0, 0, -7)
	}
	return day.Format("2006-01-02")
}

// scheduleWords govern a clause of what is to come ("is due in Addis
// Ababa on Tuesday", "is expected to arrive on Friday").
var scheduleWords = setOf("due", "expected", "scheduled", "slated", "set")

// scheduled reports a day named for what is yet to come, whatever the
// status step made of the act: "is due", "are expected", "is
// scheduled" before it in its stretch of the sentence ("is due in Addis
// Ababa on Tuesday for talks", "is due to discuss the case when he
// travels to Warsaw on Friday"). Read off the words, since the parse
// often loses "due" ("due" as a preposition of the place).
func (s *sent) scheduled(tx *sitrep.Timex) bool {
	return s.scheduledBefore(tx.Start, false) || s.aheadClause(tx)
}

// scheduledClause reports a trigger told as scheduled ("are due to meet
// in Istanbul later this month for talks"), read as scheduled is.
func (s *sent) scheduledClause(i int) bool {
	return s.scheduledBefore(s.tok(i).Start, false)
}

// scheduledBefore reports "is/are due|expected|scheduled|slated|set"
// before byte offset at, back to the nearest comma, semicolon or dash of
// the sentence.
func (s *sent) scheduledBefore(at int, past bool) bool {
	first := -1
	for k := s.from; k < s.to; k++ {
		if s.tok(k).Start >= at {
			first = k
			break
		}
	}
	for k := first - 1; k > s.from; k-- {
		w := s.lowerWord(k)
		if w == "," || w == ";" || w == "—" {
			return false
		}
		if scheduleWords[w] {
			switch s.lowerWord(k - 1) {
			case "is", "are", "'s", "'re":
				return true
			case "was", "were", "been":
				if past {
					return true
				}
			}
		}
		if past && (w == "planned" || w == "scheduled") && s.lowerWord(k+1) == "for" {
			return true
		}
	}
	return false
}

// weekStart returns the Monday of an ISO week value ("2024-W11").
func weekStart(v string) string {
	y, w := atoi(v[:4]), atoi(v[6:])
	// ISO week 1 contains January 4th.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1)).Format("2006-01-02")
}

// inRelative reports a time expression inside a relative clause or an
// apposition with a clause of its own ("a state he ordered on Friday",
// "Kurti, elected on Sunday"), which dates that phrase's act only. An
// apposition with no clause is a misread phrase
// ("spoke to Mali's leader, General Assimi Goita, by telephone on
// Wednesday", the day hung on "telephone" as Goita's apposition): the day
// is the sentence's.
func (s *sent) inRelative(tx *sitrep.Timex) bool {
	return s.relativeOf(tx) >= 0
}

// relativeOf returns the word heading the relative clause or apposition
// time expression tx is told in (see inRelative), else -1.
func (s *sent) relativeOf(tx *sitrep.Timex) int {
	lo, hi := s.tokensIn(tx.Start, tx.End)
	for k := lo; k < hi; k++ {
		verb := false
		for j := k; j >= 0; j = s.head(j) {
			switch s.deprel(j) {
			case "acl:relcl":
				return j
			case "appos":
				if verb || s.child(j, "acl") >= 0 {
					// (s.child matches "acl:relcl" by its base
					// relation: "a state he ordered on Friday".)
					return j
				}
			}
			if s.tok(j).UPOS == "VERB" {
				verb = true
				if s.relativeSubject(j) {
					// "Grandi, who visited Goma on Monday,
					// appealed", with the relative clause's
					// verb parsed as the root.
					return j
				}
			}
		}
		return -1
	}
	return -1
}

// nounDay reports a time expression that dates a noun other than the
// trigger i ("over Sunday's election", "its 2017 agreement", "the 2018
// peace deal"), not an act of the sentence.
func (s *sent) nounDay(tx *sitrep.Timex, i int) bool {
	k := s.timexHead(tx)
	if k < 0 {
		return false
	}
	if s.rel(k) == "conj" && s.head(k) >= 0 {
		// "from the June and August elections": the second of two
		// dates of one noun is read by the first.
		k = s.head(k)
	}
	switch s.deprel(k) {
	case "nmod:poss", "nummod", "compound", "amod":
		if s.afterOn(tx) {
			return false
		}
		h := s.head(k)
		return h >= 0 && h != i && s.tok(h).UPOS == "NOUN"
	}
	return false
}

// timexes returns the time expressions within the sentence's bytes, in
// the document's order, found once per sentence (timexOf, sentenceDay,
// sentencePeriod, spanned and dayIn run per trigger, isTime per word).
func (s *sent) timexes() []*sitrep.Timex {
	if s.txs == nil {
		d := s.doc
		lo, hi := d.Sentences[s.idx].Start, d.Sentences[s.idx].End
		s.txs = []*sitrep.Timex{}
		for x := range d.Timexes {
			if tx := &d.Timexes[x]; tx.Start >= lo && tx.End <= hi {
				s.txs = append(s.txs, tx)
			}
		}
	}
	return s.txs
}

// timexHead returns the head token of time expression tx in the
// sentence: the first of its tokens whose head lies outside it, or -1.
// It is asked for per trigger and per time expression (timexOf, nounDay,
// spanned, dayIn), so each answer is kept on the sentence.
func (s *sent) timexHead(tx *sitrep.Timex) int {
	if k, ok := s.txHead[tx]; ok {
		return k
	}
	if s.txHead == nil {
		s.txHead = map[*sitrep.Timex]int{}
	}
	k := s.findTimexHead(tx)
	s.txHead[tx] = k
	return k
}

func (s *sent) findTimexHead(tx *sitrep.Timex) int {
	d := s.doc
	lo, hi := s.tokensIn(tx.Start, tx.End)
	for k := lo; k < hi; k++ {
		if h := s.head(k); h < 0 || d.Tokens[h].Start < tx.Start || d.Tokens[h].End > tx.End {
			return k
		}
	}
	return -1
}

// carriedTimex returns the time expression of the verb that carries noun
// i, else nil: "will begin technical negotiations by the end of
// February"; also the verb a circumstance told by "at" hangs on ("agreed
// in 2012, at Washington's request").
func (s *sent) carriedTimex(i int) *sitrep.Timex {
	if h := s.head(i); h >= 0 && s.tok(i).UPOS == "NOUN" && (s.rel(i) == "obj" || s.rel(i) == "obl" && s.caseOf(i) == "at") {
		return s.timexOf(h)
	}
	return nil
}

// background reports an act its own time expression (or that of the verb
// carrying it) puts more than a month before the story.
func (s *sent) background(i int, date string) bool {
	if s.doc.Published.IsZero() {
		return false
	}
	if s.timexOf(i) == nil && s.carriedTimex(i) == nil {
		tx := s.settingTimex(i)
		if tx == nil {
			tx = s.governingTimex(i)
		}
		if tx == nil && bgOn("xcomp") && s.rel(i) == "xcomp" && s.head(i) >= 0 {
			// "began conducting airstrikes in 2014": the act is as old
			// as the verb that starts it.
			tx = s.timexOf(s.head(i))
		}
		if tx == nil && bgOn("fronted") {
			tx = s.frontedTimex()
		}
		if tx == nil {
			return false
		}
		date, _ = normalise(tx.Value)
	}
	if len(date) < 4 {
		return false
	}
	end := lastDay(date)
	return !end.IsZero() && end.Before(s.doc.Published.AddDate(0, 0, -31))
}

// lastDay returns the last day a date (YYYY-MM-DD, YYYY-MM or YYYY) can
// mean: a month or year runs to its end. Zero when the date does not
// parse ("1998-13" is no month, not an ancient one).
func lastDay(date string) time.Time {
	var layout string
	switch len(date) {
	case 10:
		layout = "2006-01-02"
	case 7:
		layout = "2006-01"
	case 4:
		layout = "2006"
	default:
		return time.Time{}
	}
	t, err := time.Parse(layout, date)
	if err != nil {
		return time.Time{}
	}
	switch len(date) {
	case 7:
		return t.AddDate(0, 1, -1)
	case 4:
		return t.AddDate(1, 0, -1)
	}
	return t
}

// frontedTimex returns a date that opens the sentence before a comma
// ("In 2012, again the party's nominee, she was arrested"): it sets the
// time of all the sentence tells, wherever the parser hung it.
func (s *sent) frontedTimex() *sitrep.Timex {
	for _, tx := range s.timexes() {
		if tx.Type != "DATE" || dateline(s.doc, tx) {
			continue
		}
		k := s.timexHead(tx)
		if k < 0 || k > s.from+2 || k+1 >= s.to || s.doc.TokenText(k+1) != "," && !(frontedBareSwitch && s.frontedBare(k)) {
			continue
		}
		for j := s.from; j < k; j++ {
			if l := s.lemma(j); l != "in" && l != "during" && l != "by" {
				k = -1
				break
			}
		}
		if k >= 0 {
			return tx
		}
	}
	return nil
}

// bgOff switches off parts of background for tests.
var bgOff = map[string]bool{}

func bgOn(rule string) bool { return !bgOff[rule] }

// governingTimex returns the time expression of the clause that an
// undated "after" or "when" clause hangs on: "Sweden closed its embassy
// in 2016 after protesters stormed it" tells the storming as part of
// 2016's story, not today's.
func (s *sent) governingTimex(i int) *sitrep.Timex {
	if s.rel(i) != "advcl" {
		return nil
	}
	after := s.hasKid(i, "mark", "after", "when")
	if subj := s.child(i, "nsubj"); subj >= 0 && s.hasKid(subj, "case", "after") {
		// The parser often hangs "after" on the clause's subject.
		after = true
	}
	if !after {
		return nil
	}
	h := s.head(i)
	if h < 0 {
		return nil
	}
	return s.timexOf(h)
}

// settingTimex returns the time expression that dates the occasion an
// act is told in: "captured by Israel in the 1967 war", "killed during
// the 2014 offensive". nounDay keeps a year that dates a noun off the
// act's own date ("its 2017 agreement"); the occasion of an "in" or
// "during" phrase is the act's time.
func (s *sent) settingTimex(i int) *sitrep.Timex {
	for _, tx := range s.timexes() {
		if tx.Type != "DATE" || dateline(s.doc, tx) {
			continue
		}
		k := s.timexHead(tx)
		if k < 0 {
			continue
		}
		switch s.deprel(k) {
		case "nummod", "compound", "amod", "nmod:poss":
		default:
			continue
		}
		h := s.head(k)
		if h < 0 {
			continue
		}
		if s.head(h) == i && s.rel(h) == "obl" && (s.caseOf(h) == "in" || s.caseOf(h) == "during") {
			return tx
		}
		if o := s.head(h); o >= 0 && s.head(o) == i && s.rel(o) == "obj" && s.caseOf(h) == "during" {
			// "shelled villages during the 2016 offensive", the
			// phrase hung on the object.
			return tx
		}
	}
	return nil
}

// pastPeriod are the present periods that date a past act by themselves.
var pastPeriod = setOf("this month")

// plannedPeriod are the present periods that date a planned act by
// themselves: "will continue talks this week" is to fall in the week's
// month (or year, across two), as the gold guide dates "next week".
var plannedPeriod = setOf("this month", "this week")

// periodDates reports a present period that dates the act by itself
// rather than by the story day: a past act's "this month", a planned
// act's "this week" or "this month".
func periodDates(tx *sitrep.Timex, status string) bool {
	w := strings.ToLower(tx.Text)
	if status == sitrep.StatusPlanned {
		return plannedPeriod[w]
	}
	return pastPeriod[w] || w == "this year" && doneThisYear(status) || thisWeekDates(w, status)
}

var presentPeriod = setOf("this year", "this month", "this week", "the year", "this time")

// sinceRelative reports a relative clause telling what its noun has done,
// in the perfect or "since" some past point ("Israel, which has carried
// out hundreds of strikes in Syria since Assad's fall, bombed..."): a
// description, not the news.
func (s *sent) sinceRelative(i int) bool {
	// Only a clause with its relative pronoun: the parser also reads
	// "Chinese ships had fired" as a relative clause of "ships".
	relative := false
	for _, c := range s.kids(i) {
		if l := s.lemma(c); (s.rel(c) == "nsubj" || s.rel(c) == "obj") && (l == "which" || l == "who" || l == "that") {
			relative = true
		}
	}
	if !relative {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "aux" && s.lemma(c) == "have" {
			// "Egypt, which had sent weapons to Mogadishu", "Saudi
			// Arabia, which has been holding talks with the Houthis":
			// the perfect tells the noun's record.
			return true
		}
		if (s.rel(c) == "obl" || s.rel(c) == "advcl") && (s.caseOf(c) == "since" || s.childLemma(c, "mark", "since")) {
			return true
		}
	}
	return false
}

// inClauseRel are the relations that keep a word inside its clause.
var inClauseRel = setOf("obj", "xcomp", "acl", "nmod", "obl", "conj")

// countWords are the counts that open "a day after", "two days before".
var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// daysFrom dates an act told in a clause "a day after ...", "two days
// before ...", "hours after ..." by the clause it hangs on: "said on
// Sunday, a day after Trump spoke to both leaders" puts the call on
// Saturday. The count is read off the words before the conjunction, since
// the parser hangs "a day" anywhere. It answers only when the clause's
// verb is the trigger or governs it within its own clause ("a day after
// police opened fire on crowds demonstrating").
func (s *sent) daysFrom(i int, status string) (string, bool) {
	k := i
	for steps := 0; steps < 6 && s.rel(k) != "advcl" && inClauseRel[s.rel(k)] && !(s.rel(k) == "conj" && s.tok(k).UPOS == "VERB") && s.head(k) >= 0; steps++ {
		k = s.head(k)
	}
	m := -1
	if s.rel(k) == "advcl" {
		m = s.child(k, "mark")
	} else {
		// "two days after Iranian missiles and drones hit", parsed with
		// "after" on the subject and the verb coordinated with the main
		// one: the conjunction closest before the verb, with no verb or
		// comma between (but for the commas of a list: "a day after the
		// leaders of Ethiopia, Egypt and Sudan held talks").
		for j := k - 1; j >= s.from; j-- {
			if t := s.tok(j); t.UPOS == "VERB" || t.UPOS == "AUX" || s.doc.TokenText(j) == "," && !s.listComma(j) {
				break
			}
			if l := s.lemma(j); l == "after" || l == "before" {
				m = j
				break
			}
		}
	}
	if m < 0 || s.head(k) < 0 || m-1 < s.from {
		return "", false
	}
	sign := 0
	switch s.lemma(m) {
	case "after":
		sign = -1
	case "before":
		sign = 1
	default:
		return "", false
	}
	n := 0
	switch unit := s.lowerWord(m - 1); unit {
	case "hours":
		n = 0
	case "day", "days":
		if m-2 < s.from {
			return "", false
		}
		v, ok := readCount(s.lowerWord(m-2), true, 2)
		if !ok {
			return "", false
		}
		n = v
		if (n == 1) != (unit == "day") {
			return "", false
		}
	default:
		return "", false
	}
	anchor, p := s.date(s.head(k), status)
	if p != "day" {
		return "", false
	}
	t, err := time.Parse("2006-01-02", anchor)
	if err != nil {
		return "", false
	}
	return t.AddDate(0, 0, sign*n).Format("2006-01-02"), true
}

// dayAfterWords dates an act told inside "a day after ...", "two days
// before ..." when the parse hung that clause on a subject or a noun
// ("withdrew on Thursday, a day after Israeli air strikes hit the
// ministry", "summoned the envoy on Monday, a day after Dhaka called in
// ...", with "on Monday" read as the trigger's): the words before the
// trigger, back to "after" with no clause break, relative pronoun or
// quotation between, say the trigger is in the clause, and the nearest
// day named before "a day" is its anchor. A trigger with a day of its
// own inside the clause, and a plan, are left to the other rules.
func (s *sent) dayAfterWords(i int, status string) (string, bool) {
	if status == sitrep.StatusPlanned {
		return "", false
	}
	m := -1
	for j := i - 1; j >= s.from; j-- {
		w := s.lowerWord(j)
		if l := s.lemma(j); l == "after" || l == "before" {
			m = j
			break
		}
		switch {
		case w == ";" || w == ":" || quoteMark(w) || w == "," && !s.listComma(j):
			return "", false
		case w == "that" || w == "which" || w == "who" || w == "whom" || w == "whose":
			return "", false
		}
	}
	if m-2 < s.from {
		return "", false
	}
	unit := s.lowerWord(m - 1)
	if unit != "day" && unit != "days" {
		return "", false
	}
	n, ok := readCount(s.lowerWord(m-2), true, 2)
	if !ok || (n == 1) != (unit == "day") {
		return "", false
	}
	if tx := s.timexOf(i); tx != nil && tx.Start > s.tok(m).Start {
		return "", false
	}
	d := s.doc
	best := ""
	for _, tx := range s.timexes() {
		if tx.Type != "DATE" && tx.Type != "TIME" || dateline(d, tx) || tx.End > s.tok(m-2).Start {
			continue
		}
		v, p := normalise(tx.Value)
		if p != "day" || s.inRelative(tx) || deadline(d.Text[:tx.Start]) {
			continue
		}
		best = s.weekday(tx, v, p, status)
	}
	t, err := time.Parse("2006-01-02", best)
	if err != nil {
		return "", false
	}
	sign := -1
	if s.lemma(m) == "before" {
		sign = 1
	}
	return t.AddDate(0, 0, sign*n).Format("2006-01-02"), true
}

// deadline reports a day named as a limit or a start ("must leave by
// Saturday", "suspended from Wednesday", "until Friday", "postponed to
// Friday", "a curfew from 10 p.m. to 5 a.m."), which dates no act of its
// own sentence; text is the story up to the time expression.
func deadline(text string) bool {
	// Only the last word counts: read it off the end rather than split
	// the whole story (this runs per trigger per time expression).
	last := strings.TrimRightFunc(text, unicode.IsSpace)
	if k := strings.LastIndexFunc(last, unicode.IsSpace); k >= 0 {
		_, n := utf8.DecodeRuneInString(last[k:])
		last = last[k+n:]
	}
	switch strings.ToLower(last) {
	case "by", "until", "till", "from", "before", "to":
		return true
	}
	return false
}

// sameSubjectDay returns the day of the sentence before, when the
// trigger's sentence names no day and goes on with that sentence's
// subject: "A spokesman said on Saturday that ... He denied that the crew
// had been in danger", "Saidov held talks on Tuesday with ... Saidov urged
// Kabul to ...". The day is the one the sentence before gives its main
// verb (itself possibly carried from the one before it); "" when the
// subjects differ or that sentence names no day, and for a standing
// position in the present ("the Taliban deny"), an act placed by a time
// word of its own ("overnight", "later") or a new act ("struck fresh
// positions", retold.go).
func (s *sent) sameSubjectDay(i int) string {
	ps := s.previous()
	if ps == nil || s.present(i) || s.ownTimeWord(i) || s.freshAct(i) {
		return ""
	}
	pr := ps.root()
	if pr < 0 {
		return ""
	}
	// The subjects of the sentence before: its root's, and those of the
	// complements hung on the root ("the ministry said its envoy had
	// met Lavrov on Monday"): not of a clause merely coordinated with
	// the root, whose day may be another act's.
	type cand struct {
		verb int
		subj subject
	}
	var prev []cand
	if n, ok := ps.subjectOf(pr); ok {
		prev = append(prev, cand{pr, n})
	}
	for _, c := range ps.kids(pr) {
		if r := ps.rel(c); (r == "ccomp" || r == "parataxis") && ps.tok(c).UPOS == "VERB" {
			if n, ok := ps.subjectOf(c); ok && !n.pron {
				prev = append(prev, cand{c, n})
			}
		}
	}
	if len(prev) == 0 {
		return ""
	}
	// The subjects of the trigger's clause and of the clauses above it
	// up to the sentence's root. A pronoun is the subject before when
	// the actor coder tied it to that subject's mention; else only as
	// the root's subject ("He said ..."), standing for the root's subject
	// before, since one lower down is most often the speaker of its own
	// sentence ("the ministry said it had opened ...").
	from := -1
	for k, depth := i, 0; k >= 0 && depth < 8 && from < 0; depth++ {
		if u := s.tok(k).UPOS; u == "VERB" || u == "AUX" || u == "ADJ" {
			if n, ok := s.subjectOf(k); ok {
				for _, c := range prev {
					if n.same(c.subj) {
						from = c.verb
						break
					}
				}
				if from < 0 && n.pron && s.head(k) < 0 {
					from = prev[0].verb
				}
			}
		}
		k = s.upClause(k)
	}
	if from < 0 {
		return ""
	}
	return ps.ownDay(from)
}

// upClause returns the word whose clause k's clause hangs from, for the
// walks of sameSubjectDay and ownTimeWord from a trigger up to the
// sentence's root: k's head when k is a complement, conjunct, object or
// adverbial clause, else -1.
func (s *sent) upClause(k int) int {
	switch s.rel(k) {
	case "ccomp", "xcomp", "conj", "parataxis", "obj", "advcl":
		return s.head(k)
	}
	return -1
}

// subject says who the subject of a clause is: the actor mention it
// resolves to (following the actor coder's links from a short form or
// a pronoun to the fullest mention), and its word (the last word of a
// name, "Saidov" for "Foreign Minister Bakhtiyor Saidov", or a common
// noun's lemma) with the actor it is coded to.
type subject struct {
	mention   int // index in Document.Actors, -1 for none
	word, key string
	pron      bool
	tok       int // the subject's token
}

// same reports two subjects of one actor: the same resolved mention, or
// the same word coded to the same actor (or left uncoded in one of
// them); "the ministry" of two countries is two speakers.
func (a subject) same(b subject) bool {
	if a.mention >= 0 && a.mention == b.mention {
		return true
	}
	return a.word != "" && a.word == b.word && (a.key == b.key || a.key == "" || b.key == "")
}

// subjectOf returns the subject of verb v (or of the verb it is
// coordinated with).
func (s *sent) subjectOf(v int) (subject, bool) {
	subj := s.child(v, "nsubj")
	if subj < 0 && s.rel(v) == "conj" && s.head(v) >= 0 {
		subj = s.child(s.head(v), "nsubj")
	}
	if subj < 0 {
		return subject{}, false
	}
	n := subject{mention: s.mentionIndex(subj), tok: subj}
	switch s.tok(subj).UPOS {
	case "PRON":
		if !personalPronouns[s.lemma(subj)] {
			return subject{}, false
		}
		n.pron = true
		return n, true
	case "PROPN":
		last := subj
		for _, c := range s.kids(subj) {
			if s.rel(c) == "flat" && c > last {
				last = c
			}
		}
		n.word = s.lowerWord(last)
	case "NOUN":
		n.word = s.lemma(subj)
	default:
		if n.mention < 0 {
			return subject{}, false
		}
	}
	n.key = actorKey(s.actorAt(subj))
	return n, true
}

// mentionIndex returns the index of the actor mention at token k,
// followed through its links to the fullest mention, or -1.
func (s *sent) mentionIndex(k int) int {
	m := s.actorAt(k)
	if m == nil {
		return -1
	}
	acts := s.doc.Actors
	j := -1
	for x := range acts {
		if &acts[x] == m {
			j = x
			break
		}
	}
	for steps := 0; j >= 0 && steps < 8 && acts[j].Ref >= 0 && acts[j].Ref < len(acts) && acts[j].Ref != j; steps++ {
		j = acts[j].Ref
	}
	return j
}

// root returns the sentence's root word after the dateline, or -1.
func (s *sent) root() int {
	for k := s.body; k < s.to; k++ {
		if s.head(k) < 0 {
			return k
		}
	}
	return -1
}

// personalPronouns stand for a subject named before.
var personalPronouns = setOf("he", "she", "it", "they")

// present reports a verb in the simple present ("The Taliban deny the
// charge"): a standing position, not an act of a past day.
func (s *sent) present(v int) bool {
	x := s.tok(v).XPOS
	return x == "VBZ" || x == "VBP"
}

// timeAdverbs place an act in time by themselves ("vetoed the package
// overnight", "later said"), so that it is not the day before's.
var timeAdverbs = setOf("overnight", "later", "now", "today", "tonight", "recently", "since", "earlier")

// ownTimeWord reports a time adverb on the trigger or on the verbs its
// clause hangs from.
func (s *sent) ownTimeWord(i int) bool {
	for k, depth := i, 0; k >= 0 && depth < 8; depth++ {
		for _, c := range s.kids(k) {
			if s.rel(c) == "advmod" && timeAdverbs[s.lemma(c)] {
				return true
			}
		}
		k = s.upClause(k)
	}
	return false
}

// freshAct reports a new-act word (retold.go) on the trigger or on its
// object ("struck again", "struck fresh positions"); unlike newAct it
// leaves out "also" ("He also said ..." goes on with the same occasion)
// and words deeper in the clause ("would use the instruments of a new
// law").
func (s *sent) freshAct(i int) bool {
	for j := s.from; j < s.to; j++ {
		w := s.lowerWord(j)
		if w == "also" || !newActWords[w] {
			continue
		}
		if h := s.head(j); h == i || h >= 0 && s.head(h) == i && s.rel(h) == "obj" {
			return true
		}
	}
	return false
}

// spanUnits are the nouns of a span of time ("four days of talks").
// Months are left out: "after months of talks" may reach back years.
var spanUnits = map[string]int{"days": 1, "weeks": 7}

// spanned dates an act told as spread over a span that ends with the
// story: "struck targets over the past two days", "have detained 7,500
// people since Saturday", "killed 26 during two days of clashes", "after
// four days of talks". The gold guide gives such an act the month when
// the span lies within the story's month, else the year. It returns ""
// for an act told as done on one day.
func (s *sent) spanned(i int) (string, string) {
	if s.doc.Published.IsZero() {
		return "", ""
	}
	pub := s.doc.Published
	days := -1 // length of the span in days, 0 when unknown
	var since string
	nodes := []int{i}
	if s.tok(i).UPOS == "NOUN" && s.rel(i) == "obj" && s.head(i) >= 0 {
		nodes = append(nodes, s.head(i))
	}
	for _, n := range nodes {
		for _, c := range s.kids(n) {
			switch s.rel(c) {
			case "obl", "advcl":
				if s.caseOf(c) == "since" || s.childLemma(c, "mark", "since") {
					// Only from a day named ("since Saturday"): "since
					// the protests began" may be days or years.
					if d := s.dayIn(c); d != "" {
						days, since = 0, d
					}
				}
			}
		}
		for _, tx := range s.timexes() {
			if tx.Type != "DURATION" {
				continue
			}
			h := s.timexHead(tx)
			if h < 0 || s.head(h) != n || s.rel(h) != "obl" && s.rel(h) != "nmod" {
				continue
			}
			switch s.caseOf(h) {
			case "over", "during", "in", "throughout":
				// Not "for": "suspended the group for six months" is
				// how long the act holds, not when it was done.
				if d := durationDays(tx.Value); d >= 2 {
					days = d
				}
			}
		}
	}
	// "four days of talks", "after three days of rioting in which
	// protesters burned buildings": the act is what the span holds.
	for k, steps := i, 0; days < 0 && k >= 0 && steps < 3; steps++ {
		h := s.head(k)
		if h < 0 {
			break
		}
		switch r := s.deprel(k); {
		case r == "nmod" && s.caseOf(k) == "of" && s.tok(h).UPOS == "NOUN" && (s.rel(h) == "obl" || s.rel(h) == "nmod"):
			// The span in a phrase of its own ("after four days of
			// talks"), not the object of a start ("began three days
			// of joint drills", dated by the start).
			if u, ok := spanUnits[s.lowerWord(h)]; ok {
				n := 0
				if c := s.child(h, "nummod"); c >= 0 {
					n = countOf(s.lowerWord(c))
				}
				if n >= 2 {
					days = n * u
				}
			}
		case r == "acl:relcl" || r == "acl":
		default:
			k = -1
			continue
		}
		k = h
	}
	if days < 0 {
		return "", ""
	}
	start := pub.AddDate(0, 0, -days)
	if since != "" {
		if t, err := time.Parse("2006-01-02", since); err == nil {
			start = t
		}
	}
	if start.Year() == pub.Year() && start.Month() == pub.Month() {
		return pub.Format("2006-01"), "month"
	}
	return pub.Format("2006"), "year"
}

// dayIn returns the first calendar day named inside the subtree of k,
// or "".
func (s *sent) dayIn(k int) string {
	for _, tx := range s.timexes() {
		h := s.timexHead(tx)
		if h < 0 {
			continue
		}
		for j := h; j >= 0; j = s.head(j) {
			if j == k {
				if d, p := normalise(tx.Value); p == "day" {
					return s.weekday(tx, d, p, sitrep.StatusOccurred)
				}
				break
			}
		}
	}
	return ""
}

// durationDays returns the days of a TIMEX3 duration in days or weeks
// ("P2D", "P3W"); 0 otherwise.
func durationDays(v string) int {
	if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
		return 0
	}
	n, unit := v[1:len(v)-1], v[len(v)-1]
	if !isDigits(n) {
		// An unknown count ("PXD", "several days") is no span.
		return 0
	}
	switch unit {
	case 'D':
		return atoi(n)
	case 'W':
		return 7 * atoi(n)
	}
	return 0
}

// countOf reads a small count word or number ("two", "3"), 0 when it is
// neither.
func countOf(w string) int {
	n, _ := readCount(w, false, 3)
	return n
}

// readCount reads a count word or a number of at most digits digits;
// ok is false when w is neither. An article counts as one only when
// articles is set ("a day after", not "a days-long siege").
func readCount(w string, articles bool, digits int) (int, bool) {
	if v, ok := countWords[w]; ok && (articles || w != "a" && w != "an") {
		return v, true
	}
	if isDigits(w) && len(w) <= digits {
		return atoi(w), true
	}
	return 0, false
}

// futureClause says whether the verb a time expression hangs on (the
// nearest verb above it) is told as future ("would travel on Tuesday",
// "will meet on Friday") or not; ok is false when no verb is found.
func (s *sent) futureClause(tx *sitrep.Timex) (future, ok bool) {
	k := s.timexHead(tx)
	for steps := 0; k >= 0 && steps < 64 && s.tok(k).UPOS != "VERB"; steps++ {
		k = s.head(k)
	}
	if k < 0 || s.tok(k).UPOS != "VERB" {
		return false, false
	}
	for _, c := range s.kids(k) {
		if l := s.lemma(c); s.rel(c) == "aux" && (futureAux[l] || l == "would") {
			return true, true
		}
	}
	return false, true
}

// clockOnly reports a time expression that names only an hour ("10
// p.m.", "noon"), no day.
func clockOnly(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if dayWords[w] || monthNames[strings.TrimSuffix(w, ".")] {
			return false
		}
	}
	return true
}

var monthNames = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// listComma reports a comma inside a list of names or nouns: one the
// parse hangs on a noun conjunct ("Ethiopia, Egypt and Sudan"), not on a
// verb or a predicate.
func (s *sent) listComma(j int) bool {
	h := s.head(j)
	if h < 0 || s.rel(h) != "conj" {
		return false
	}
	u := s.tok(h).UPOS
	return u == "PROPN" || u == "NOUN"
}

// occasionNouns are what "the same ..." points back to: a statement, a
// speech, a call told in the sentence before.
var occasionNouns = setOf("statement", "speech", "interview", "conference", "briefing", "address", "call", "meeting", "session", "letter", "post", "message")

// sameOccasionDay returns the day of the sentence before when this one
// says it tells the same occasion ("In the same statement, the
// government accused Ethiopia ...", "at the same news conference").
func (s *sent) sameOccasionDay() string {
	if s.idx == 0 {
		return ""
	}
	found := false
	for k := s.from; k+1 < s.to && !found; k++ {
		if s.lowerWord(k) != "same" || k == s.from || s.lowerWord(k-1) != "the" {
			continue
		}
		for j := k + 1; j < s.to && j <= k+3; j++ {
			if occasionNouns[s.lemma(j)] {
				found = true
				break
			}
		}
	}
	if !found {
		return ""
	}
	return s.previousDay()
}

// hoursLaterDay returns the day of the sentence before for an act told
// as following it within hours ("Within hours, China sanctioned ten
// Europeans", "Trump responded within hours by ordering tariffs", "Hours
// later, ..."): the day the sentence before gives its main verb; "" when
// the sentence says no such thing or the one before names no day.
func (s *sent) hoursLaterDay(i int) string {
	if s.idx == 0 {
		return ""
	}
	d := s.doc
	found := false
	for _, tx := range s.timexes() {
		if tx.Start > d.Tokens[i].Start || tx.Type != "DURATION" {
			continue
		}
		if v := tx.Value; !strings.HasPrefix(v, "PT") || !strings.HasSuffix(v, "H") {
			continue
		}
		before := strings.ToLower(strings.TrimSpace(d.Text[max(0, tx.Start-8):tx.Start]))
		after := strings.ToLower(d.Text[tx.End:min(len(d.Text), tx.End+7)])
		if strings.HasSuffix(before, "within") || strings.HasPrefix(strings.TrimSpace(after), "later") {
			found = true
		}
	}
	if !found {
		return ""
	}
	return s.previousDay()
}

// previous returns the sentence before s, in s's article, parsed into a
// tree once per article (it is asked for per trigger); nil for the first
// sentence and for a sentence coded on its own.
func (s *sent) previous() *sent {
	if s.idx == 0 || s.art == nil {
		return nil
	}
	return s.art.sent(s.idx - 1)
}

// previousDay returns the day the sentence before gives its main verb as
// its own ("" when it gives none, or only a month or a year).
func (s *sent) previousDay() string {
	ps := s.previous()
	if ps == nil {
		return ""
	}
	r := ps.root()
	if r < 0 {
		return ""
	}
	return ps.ownDay(r)
}

// ownDay returns the day that word k's clause gives as its own, told as
// done ("" when it gives none, or only a month or a year).
func (s *sent) ownDay(k int) string {
	day, p, own := s.dateOwn(k, sitrep.StatusOccurred)
	if !own || p != "day" {
		return ""
	}
	return day
}

// narrativeDay returns the day of the sentence before, in the same
// paragraph, for an act told in the plain past in a sentence that names
// no day: the story goes on telling that day ("agreed on Monday to
// restore ties. The ministers held talks in Sydney"). "" when the act's
// clause has an auxiliary ("had detained", "would meet"), when a new
// paragraph begins (unless the act is told with "also", alsoAct), or
// when the sentence before gives no day. Not for
// acts in words alone (wordsOnly): a denial, call or rebuke told after
// the day's events is most often the story day's reaction (carrying
// every act over lost far more than it gained, docs/events.md).
func (s *sent) narrativeDay(i int) string {
	ps := s.previous()
	if ps == nil {
		return ""
	}
	v := s.clauseVerb(i)
	if v < 0 || s.tok(v).XPOS != "VBD" || s.child(v, "aux") >= 0 || s.child(v, "aux:pass") >= 0 {
		return ""
	}
	also := s.alsoAct(v)
	if !also && s.newAct(i) {
		// "struck fresh positions": a new act, of the story's day.
		return ""
	}
	if ps.to <= ps.from || !also && strings.Contains(s.doc.Text[s.doc.Tokens[ps.to-1].End:s.doc.Tokens[s.from].Start], "\n\n") {
		return ""
	}
	r := ps.root()
	if r < 0 || speechVerbs[ps.lemma(r)] {
		// "named a general on Wednesday, state television said. The
		// junta imposed a curfew": the day of what a report told is
		// not carried to the story's next acts.
		return ""
	}
	return ps.ownDay(r)
}

// wordsOnly reports the codes of acts done in words alone: statements
// (01), appeals (02), demands (10), disapproval (11), rejections (12),
// threats (13), praise (051) and telephone calls (041).
func wordsOnly(code string) bool {
	switch code[:2] {
	case "01", "02", "10", "11", "12", "13":
		return true
	}
	return strings.HasPrefix(code, "051") || strings.HasPrefix(code, "041")
}

// actTold reports a time expression of an act that trigger i's clause
// tells of: a clause hung below i's verb as its complement ("denied that
// soldiers had pressured voters on Sunday"), as a clause of a noun
// ("denied reports that its fighters had fired on Friday") or after "of"
// ("accused Moscow of sending tanks on Wednesday night"). The day is the
// act's, not the denial's or the accusation's.
func (s *sent) actTold(tx *sitrep.Timex, i int) bool {
	k := s.timexHead(tx)
	w := s.clauseVerb(i)
	if k < 0 || w < 0 {
		return false
	}
	v := s.clauseVerb(s.head(k))
	if v < 0 || v == w || !s.toldClause(v) {
		return false
	}
	// The clause the day is in must hang below the trigger's: only
	// then does the trigger's clause tell of it.
	for steps := 0; v >= 0 && v != w && steps < 8; steps++ {
		v = s.clauseVerb(s.head(v))
	}
	return v == w
}

// toldClause reports a clause that tells of an act: a complement or a
// noun's clause with its own subject, opened by "that" or told in the
// perfect ("that soldiers had pressured voters"), or a gerund with an
// object after "of" ("of sending tanks"). Not "ordered them to leave on Monday", nor "a
// letter dated Friday", nor a misread "after talks broke down".
func (s *sent) toldClause(v int) bool {
	if m := s.child(v, "mark", "case"); m >= 0 && s.lemma(m) == "of" && s.tok(v).XPOS == "VBG" {
		// Only a gerund with an object of its own: "accused Uganda of
		// meddling on Monday" is as often the accusation's day.
		return s.child(v, "obj") >= 0
	}
	if r := s.rel(v); perfectInfinitive && (r == "acl" || r == "advcl") && s.childLemma(v, "mark", "to") && s.hasKid(v, "aux", "have") {
		// "condemned North Korea's claim to have conducted a test on
		// Wednesday": the perfect infinitive tells an earlier act, and
		// the day is the test's (dates_perfect_infinitive.go). (The
		// parser also hangs it on the verb, as an adverbial clause.)
		return true
	}
	switch s.rel(v) {
	case "ccomp", "acl":
		return s.child(v, "nsubj", "nsubj:pass") >= 0 && (s.childLemma(v, "mark", "that") || s.hasKid(v, "aux", "have"))
	}
	return false
}

// outsideRelative reports a time expression outside the relative clause
// trigger i is told in, when that clause has a subject of its own ("an
// air strike on Tuesday ..., an attack that Qatar condemned as state
// terrorism", "a drone strike on Friday that Kurdish officials blamed on
// Turkey"): the day is the noun's act's; the verdict told of it is not
// dated by it.
func (s *sent) outsideRelative(tx *sitrep.Timex, i int) bool {
	w := s.clauseVerb(i)
	if w < 0 || s.deprel(w) != "acl:relcl" {
		return false
	}
	subj := s.child(w, "nsubj")
	if subj < 0 || relPronouns[s.lemma(subj)] || s.tok(subj).UPOS == "PRON" && subj > w || s.misreadRelative(tx, w) {
		return false
	}
	return !s.below(s.timexHead(tx), w)
}
