package coder

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/cameo"
)

var (
	denyVerbs = setOf("deny", "reject", "dismiss", "refute", "rebut")
	planVerbs = setOf("plan", "intend", "expect", "schedule", "aim", "hope", "want", "prepare", "agree", "promise", "pledge", "vow", "seek", "decide", "threaten", "offer", "propose", "set", "due", "going", "try", "wish")
	// "is considering breaking off relations": a possibility, not a plan.
	weighVerbs   = setOf("consider", "weigh", "mull", "contemplate", "debate")
	futureAux    = setOf("will", "shall", "'ll", "wo")
	hypoAux      = setOf("could", "might", "may", "can", "should", "must", "ca")
	negWords     = setOf("not", "n't", "never", "no")
	conditionals = setOf("if", "unless", "whether")
	hearsay      = setOf("media", "report", "witness", "resident", "source", "analyst", "monitor", "observer", "agency", "group", "activist", "newspaper", "outlet", "television", "footage", "official")
)

// status decides whether the event at trigger i occurred, is planned,
// denied, negated, hypothetical, or only reported by someone other than
// its source. The first that applies, in that order of precedence after
// denial and negation, wins.
func (s *sent) status(i int, src *sitrep.ActorMention) string {
	if s.cancelled(i) {
		// "cancelled a visit", "called off the talks".
		return sitrep.StatusNegated
	}
	// Walk from the trigger up through the clauses that govern it.
	reported := false
	saidBy := false
	planned := false
	hypo := false
	if s.beTo(i) {
		// "Hamas is to release 33 hostages": an arrangement, future.
		planned = true
	}
	for k, depth := i, 0; k >= 0 && depth < 8; depth++ {
		for _, c := range s.kids(k) {
			l := s.lemma(c)
			switch s.rel(c) {
			case "advmod", "det":
				if negWords[l] && (depth == 0 || depth == 1 && s.carried(i)) {
					return sitrep.StatusNegated
				}
			case "obj":
				// "hitting no vessel", "signed no agreement".
				if depth == 0 && s.child(c, "det") >= 0 && s.lemma(s.child(c, "det")) == "no" {
					return sitrep.StatusNegated
				}
			case "aux":
				switch {
				case negWords[l] && (depth == 0 || depth == 1 && s.carried(i)):
					// "did not launch an offensive": the verb carrying
					// a noun act negates it.
					return sitrep.StatusNegated
				case futureAux[l]:
					planned = true
				case l == "would":
					// Future in the past inside reported speech; a
					// condition elsewhere.
					if s.underSpeech(k) {
						planned = true
					} else {
						hypo = true
					}
				case hypoAux[l]:
					hypo = true
				}
			case "advcl":
				if m := s.child(c, "mark"); m >= 0 && conditionals[s.lemma(m)] && depth == 0 {
					hypo = true
				}
			case "obl":
				if p := s.caseOf(c); p == "according" || p == "accord" {
					reported = true
				}
			}
			if s.tok(c).Deprel == "advmod" && depth == 0 && (l == "reportedly" || l == "allegedly") {
				reported = true
			}
		}
		h := s.head(k)
		if h < 0 {
			break
		}
		r := s.rel(k)
		hl := s.lemma(h)
		switch {
		case (r == "ccomp" || r == "xcomp" || r == "parataxis") && denyVerbs[hl]:
			return sitrep.StatusDenied
		case r == "xcomp" && planVerbs[hl], r == "xcomp" && s.tok(h).UPOS == "ADJ" && hl == "due",
			r == "advcl" && s.infinitive(k) && planVerbs[hl] && s.tok(h).UPOS == "VERB":
			// "agreed to hold talks", however the infinitive is attached.
			planned = true
		case (r == "xcomp" || r == "ccomp") && weighVerbs[hl]:
			hypo = true
		case r == "advcl":
			if m := s.child(k, "mark"); m >= 0 && conditionals[s.lemma(m)] {
				hypo = true
			}
		case (r == "ccomp" || r == "parataxis") && speechVerbs[hl]:
			// Reported on someone else's authority: a speaker of another
			// country, or the press, witnesses, unnamed sources. A speaker
			// of the acting side announces its own act. A speech verb
			// whose speaker the parse lost says nothing of whose
			// authority the act rests on.
			// The nearest speech verb says on whose word the act rests:
			// "the military said fighters said they had shot the pilot" is
			// the fighters' own claim.
			if !saidBy {
				reported = s.othersWord(h, src)
				saidBy = true
			}
		}
		if r != "xcomp" && r != "ccomp" && r != "conj" && r != "parataxis" && r != "advcl" {
			// Any other relation leaves the clause chain.
			if s.tok(k).UPOS != "NOUN" {
				break
			}
		}
		k = h
	}
	if !saidBy && !reported {
		// "Security forces fired tear gas at demonstrators, according
		// to witnesses", with the phrase hung on another word: the
		// sentence's source, when it is not the acting side.
		reported = s.accordingTo(i, src)
	}
	if !saidBy {
		// "The Thai army said Cambodian forces fired ...", with the
		// complement torn from "said" by the parse: what follows the
		// sentence's speech verb is still its speaker's word.
		if r := s.rootOf(i); r >= 0 && r < i && speechVerbs[s.lemma(r)] {
			reported = reported || s.othersWord(r, src)
		}
	}
	// "be going to", "be scheduled to" parse with the trigger as xcomp of
	// an adjective or participle, handled above; a future date also plans.
	switch {
	case hypo:
		return sitrep.StatusHypothetical
	case planned:
		return sitrep.StatusPlanned
	case s.futureDate(i):
		return sitrep.StatusPlanned
	case reported:
		return sitrep.StatusReported
	}
	return sitrep.StatusOccurred
}

// beTo reports a verb told with "is to", "are to" ("Hamas is to release
// 33 hostages", "the ministers are to meet"): the parse gives the
// infinitive marker and "be" as its auxiliary or copula.
func (s *sent) beTo(i int) bool {
	if s.tok(i).UPOS != "VERB" {
		return false
	}
	m, b := s.child(i, "mark"), s.child(i, "aux", "cop")
	return m >= 0 && b >= 0 && b < m && s.lemma(m) == "to" && s.lemma(b) == "be" && strings.ToLower(s.doc.TokenText(b)) != "be"
}

// ownPapers are documents an actor issues about its own acts.
var ownPapers = setOf("statement", "communique", "decree", "letter", "document", "note", "order", "release", "announcement")

// accordingTo reports an "according to X" phrase after the trigger in its
// sentence whose X is not of the acting side.
func (s *sent) accordingTo(i int, src *sitrep.ActorMention) bool {
	for j := i + 1; j+1 < s.to; j++ {
		if l := s.lemma(j); l != "according" && l != "accord" || s.lemma(j+1) != "to" {
			continue
		}
		first := -1
		for n := j + 2; n < s.to && n <= j+6; n++ {
			if l := s.lemma(n); l == "," || l == "." {
				break
			}
			if ownPapers[s.lemma(n)] {
				// "according to a foreign ministry letter": most often
				// the acting side's own.
				return false
			}
			if first < 0 && (s.tok(n).UPOS == "NOUN" || s.tok(n).UPOS == "PROPN") {
				first = n
			}
		}
		if first < 0 {
			return true
		}
		m := s.actorAt(first)
		return m == nil || src == nil || actorKey(m) == "" || actorKey(m) != actorKey(src)
	}
	return false
}

// underSpeech reports whether clause k is the complement of a speech verb.
func (s *sent) underSpeech(k int) bool {
	for j := k; j >= 0; j = s.head(j) {
		h := s.head(j)
		if h < 0 {
			return false
		}
		if (s.rel(j) == "ccomp" || s.rel(j) == "parataxis") && speechVerbs[s.lemma(h)] {
			return true
		}
		if !clauseBoundary(s.rel(j)) && s.tok(j).UPOS == "VERB" {
			return false
		}
	}
	return false
}

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
	if tx.Value == "FUTURE_REF" {
		return true
	}
	if w := strings.Fields(strings.ToLower(tx.Text)); len(w) > 1 && (w[0] == "later" || w[0] == "next" || w[0] == "coming") {
		// "later this month": future even within the story's month.
		return true
	}
	date, _ := normalise(tx.Value)
	if v := tx.Value; len(v) == 8 && v[4:6] == "-W" {
		date = weekStart(v) // "next week" is future even within the month
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
	for x := range d.Timexes {
		tx := &d.Timexes[x]
		if tx.Start < d.Sentences[s.idx].Start || tx.End > d.Sentences[s.idx].End || tx.Type == "DURATION" || tx.Type == "SET" || dateline(d, tx) || s.nounDay(tx, i) {
			continue
		}
		h := s.timexHead(tx)
		for k := s.head(h); h >= 0 && k >= 0; k = s.head(k) {
			if k == i {
				return tx
			}
			if s.tok(k).UPOS == "VERB" {
				break
			}
		}
	}
	return nil
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
	tx := s.timexOf(i)
	if tx == nil && s.rel(i) == "conj" && s.head(i) >= 0 && s.tok(s.head(i)).UPOS == "VERB" && s.frame(i).subj < 0 {
		// "met Sharaa on Sunday ... and called for": a coordinated verb
		// sharing its head's subject shares its day.
		tx = s.timexOf(s.head(i))
	}
	if tx == nil && s.tok(i).UPOS == "NOUN" && s.rel(i) == "obj" && s.head(i) >= 0 {
		// "will begin technical negotiations by the end of February":
		// the verb carrying the noun carries its date.
		tx = s.timexOf(s.head(i))
	}
	if tx == nil {
		if d, ok := s.daysFrom(i, status); ok {
			return d, "day", true
		}
	}
	if tx != nil && presentPeriod[strings.ToLower(tx.Text)] {
		// "the first such swap this year": the current year or month
		// dates nothing more precisely than the story does.
		tx = nil
	}
	if tx != nil {
		if d, p := normalise(tx.Value); d != "" {
			return s.weekday(tx, d, p, status), p, true
		}
	}
	if s.doc.Published.IsZero() {
		return "", "", false
	}
	pub := s.doc.Published.Format("2006-01-02")
	if status != sitrep.StatusPlanned {
		if d := s.sentenceDay(i, status); d != "" && d <= pub {
			return d, "day", true
		}
	} else if d := s.sentenceDay(i, status); d > pub {
		// "will hold a joint air drill over the sea south of the
		// peninsula on Friday": the parser hangs the day on a noun, but
		// a later day named after the planned verb dates the plan ("on
		// Sunday accused ... and said it would file" is the saying's).
		return d, "day", true
	}
	return pub, "day", false
}

// sentenceDay returns the day named in the sentence nearest token i, a
// bare weekday turned the way the act's status says (the time tagger
// may read "told X on Sunday" as the coming Sunday). A planned act takes
// only a day named after it.
func (s *sent) sentenceDay(i int, status string) string {
	d := s.doc
	lo, hi := d.Sentences[s.idx].Start, d.Sentences[s.idx].End
	best, bestDist := "", 1<<30
	for x := range d.Timexes {
		tx := &d.Timexes[x]
		if tx.Start < lo || tx.End > hi || tx.Type != "DATE" && tx.Type != "TIME" || dateline(d, tx) {
			continue
		}
		v, p := normalise(tx.Value)
		if p != "day" || s.inRelative(tx) || s.nounDay(tx, i) {
			continue
		}
		if status == sitrep.StatusPlanned && tx.Start < d.Tokens[i].Start || status != sitrep.StatusPlanned && deadline(d.Text[:tx.Start]) {
			continue
		}
		if dist := abs(tx.Start - d.Tokens[i].Start); dist < bestDist {
			best, bestDist = s.weekday(tx, v, p, status), dist
		}
	}
	return best
}

// dateline reports the date of a dateline ("MANILA, March 24 (Sitrep) —"),
// which dates the article, not an event.
func dateline(d *sitrep.Document, tx *sitrep.Timex) bool {
	rest := strings.TrimLeft(d.Text[tx.End:min(len(d.Text), tx.End+4)], " ")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-")
}

// normalise turns a TIMEX3 value into a calendar date the store can
// order: a day, a month or a year, with its precision. Weeks become their
// Monday, quarters their first month, seasons their year.
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
	switch {
	case status == sitrep.StatusPlanned && d < pub:
		day = day.AddDate(0, 0, 7)
	case status != sitrep.StatusPlanned && d > pub:
		day = day.AddDate(0, 0, -7)
	}
	return day.Format("2006-01-02")
}

// weekStart returns the Monday of an ISO week value ("2024-W11").
func weekStart(v string) string {
	y, w := atoi(v[:4]), atoi(v[6:])
	// ISO week 1 contains January 4th.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1)).Format("2006-01-02")
}

// inRelative reports a time expression inside a relative clause or an
// apposition ("a state he ordered on Friday"), which dates that phrase's
// act only.
func (s *sent) inRelative(tx *sitrep.Timex) bool {
	d := s.doc
	for k := s.from; k < s.to; k++ {
		if d.Tokens[k].Start < tx.Start || d.Tokens[k].End > tx.End {
			continue
		}
		for j := k; j >= 0; j = s.head(j) {
			if r := s.tok(j).Deprel; r == "acl:relcl" || r == "appos" {
				return true
			}
		}
		return false
	}
	return false
}

// nounDay reports a time expression that dates a noun other than the
// trigger i ("over Sunday's election", "its 2017 agreement", "the 2018
// peace deal"), not an act of the sentence.
func (s *sent) nounDay(tx *sitrep.Timex, i int) bool {
	k := s.timexHead(tx)
	if k < 0 {
		return false
	}
	switch s.tok(k).Deprel {
	case "nmod:poss", "nummod", "compound", "amod":
		h := s.head(k)
		return h >= 0 && h != i && s.tok(h).UPOS == "NOUN"
	}
	return false
}

// timexHead returns the head token of time expression tx in the
// sentence: the first of its tokens whose head lies outside it, or -1.
func (s *sent) timexHead(tx *sitrep.Timex) int {
	d := s.doc
	for k := s.from; k < s.to; k++ {
		if t := &d.Tokens[k]; t.Start >= tx.Start && t.End <= tx.End {
			if h := s.head(k); h < 0 || d.Tokens[h].Start < tx.Start || d.Tokens[h].End > tx.End {
				return k
			}
		}
	}
	return -1
}

// readiness words make the act they govern an offer ("ready to mediate").
var readiness = setOf("ready", "willing", "prepared", "open", "continue", "offer")

// willing reports a consultation offered rather than done: the complement
// of "ready", "willing", "continue to", or a mediation promised for the
// future ("would mediate").
func (s *sent) willing(i int, status string) bool {
	if h := s.head(i); h >= 0 && s.rel(i) == "xcomp" && readiness[s.lemma(h)] {
		return true
	}
	if h := s.head(i); h >= 0 && s.tok(i).UPOS == "NOUN" && s.rel(i) == "obj" && s.rel(h) == "xcomp" && readiness[s.lemma(s.head(h))] {
		// "ready to open formal talks", "ready to join the talks": the
		// noun of the offered act's verb.
		return true
	}
	return s.lemma(i) == "mediate" && (status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical)
}

// claimNouns name an assertion another party can deny.
var claimNouns = setOf("claim", "allegation", "accusation", "charge", "report", "assertion")

// claimDenied applies a trailing denial ("Azerbaijani troops had fired at
// Armenian positions, a claim Baku denied"; "..., an allegation the
// ministry denied") to the acts asserted before it: they are denied, and
// the denial itself was made on the day of the story, not the act's.
func (s *sent) claimDenied(evs []sitrep.Event) {
	d := s.doc
	for k := s.from + 1; k < s.to-1; k++ {
		if !claimNouns[s.lemma(k)] {
			continue
		}
		comma := false
		for j := k - 1; j >= s.from && j >= k-2; j-- {
			if s.lemma(j) == "," {
				comma = true
			}
		}
		if !comma {
			continue
		}
		deny := -1
		for j := k + 1; j < s.to && j <= k+6; j++ {
			if s.tok(j).UPOS == "VERB" && denyVerbs[s.lemma(j)] {
				deny = j
				break
			}
		}
		if deny < 0 {
			continue
		}
		at := d.Tokens[k].Start
		for e := range evs {
			ev := &evs[e]
			switch {
			case ev.Trigger.Start < at && (ev.Status == sitrep.StatusOccurred || ev.Status == sitrep.StatusReported) && ev.CAMEO != "016" && ev.CAMEO[:2] != "11":
				// The accusation itself happened; what it asserts is
				// what is denied.
				ev.Status = sitrep.StatusDenied
			case ev.Trigger.Start == d.Tokens[deny].Start:
				ev.Status = sitrep.StatusOccurred
				if ev.CAMEO[:2] == "12" {
					// "a charge Asmara rejected": a denial, not a
					// rejection of a proposal.
					cm, _ := cameo.Lookup("016")
					ev.CAMEO, ev.PLOVER, ev.Mode, ev.Context, ev.Goldstein, ev.Quad = cm.Code, cm.PLOVER, cm.Mode, cm.Context, cm.Goldstein, cm.Quad
				}
				if s.timexOf(deny) == nil && !d.Published.IsZero() {
					ev.Date, ev.DatePrecision = d.Published.Format("2006-01-02"), "day"
				}
			}
		}
		return
	}
}

// background reports an act its own time expression puts more than a
// month before the story.
func (s *sent) background(i int, date string) bool {
	if s.doc.Published.IsZero() || s.timexOf(i) == nil || len(date) < 4 {
		return false
	}
	// The last day the date can mean: a month or year runs to its end.
	var end time.Time
	switch len(date) {
	case 10:
		end, _ = time.Parse("2006-01-02", date)
	case 7:
		t, _ := time.Parse("2006-01", date)
		end = t.AddDate(0, 1, -1)
	case 4:
		t, _ := time.Parse("2006", date)
		end = t.AddDate(1, 0, -1)
	}
	return !end.IsZero() && end.Before(s.doc.Published.AddDate(0, 0, -31))
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
		if (s.rel(c) == "obl" || s.rel(c) == "advcl") && (s.caseOf(c) == "since" || s.child(c, "mark") >= 0 && s.lemma(s.child(c, "mark")) == "since") {
			return true
		}
	}
	return false
}

// othersWord reports whether speech verb h is said by someone other than
// the acting side: an actor of another country, a mention with no
// country, or the press, witnesses and sources.
func (s *sent) othersWord(h int, src *sitrep.ActorMention) bool {
	subj := s.frame(h).subj
	if subj < 0 {
		return false
	}
	sp := s.actorAt(subj)
	switch {
	case sp != nil && actorKey(sp) != "":
		return src == nil || actorKey(sp) != actorKey(src)
	case sp != nil:
		return true
	}
	return hearsay[s.lemma(subj)] || s.tok(subj).UPOS == "PROPN"
}

// rootOf returns the root of the tree token i is in.
func (s *sent) rootOf(i int) int {
	k := i
	for steps := 0; steps < 64; steps++ {
		h := s.head(k)
		if h < 0 {
			return k
		}
		k = h
	}
	return -1
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
		// comma between.
		for j := k - 1; j >= s.from; j-- {
			if t := s.tok(j); t.UPOS == "VERB" || t.UPOS == "AUX" || s.doc.TokenText(j) == "," {
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
	switch unit := strings.ToLower(s.doc.TokenText(m - 1)); unit {
	case "hours":
		n = 0
	case "day", "days":
		if m-2 < s.from {
			return "", false
		}
		w := strings.ToLower(s.doc.TokenText(m - 2))
		if v, ok := countWords[w]; ok {
			n = v
		} else if isDigits(w) && len(w) <= 2 {
			n = atoi(w)
		} else {
			return "", false
		}
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

// deadline reports a day named as a limit or a start ("must leave by
// Saturday", "suspended from Wednesday", "until Friday"), which dates no
// act of its own sentence; text is the story up to the time expression.
func deadline(text string) bool {
	// Only the last word counts: read it off the end rather than split
	// the whole story (this runs per trigger per time expression).
	last := strings.TrimRightFunc(text, unicode.IsSpace)
	if k := strings.LastIndexFunc(last, unicode.IsSpace); k >= 0 {
		_, n := utf8.DecodeRuneInString(last[k:])
		last = last[k+n:]
	}
	switch strings.ToLower(last) {
	case "by", "until", "till", "from", "before":
		return true
	}
	return false
}

// carried reports a noun act carried by the light verb above it, whose
// negation is the act's ("did not launch an offensive").
func (s *sent) carried(i int) bool {
	h := s.head(i)
	if h < 0 || s.tok(i).UPOS != "NOUN" {
		return false
	}
	return s.rel(i) == "obj" && lightVerbs[s.lemma(h)]
}
