package coder

import (
	"strings"

	"sitrep"
)

// Event coreference for dates. A story tells its main act in the lead
// with its day ("Israel struck ... on Saturday") and tells it again
// later with none ("the strikes killed ...", "Israel said its strikes
// were ..."); the gold guide codes one event, dated by the first
// telling. Carrying the lead's day over to every later sentence lost far
// more than it gained (docs/events.md, fourth pass): only the same act
// (same source, target and code) takes the earlier day.

// dateNote says how an event's trigger was dated: own is true when the
// day came from the sentence, retell when a defaulted day may be taken
// from an earlier telling of the same act.
type dateNote struct {
	own, retell bool
	said        bool // told after a speaker's verb ("police said 40 people had been arrested")
	eve         bool // told after "the eve of": a plan later mentions retell (dates_eve.go)
}

// noteDate records how the trigger at token i was dated.
func (a *article) noteDate(s *sent, i int, status string, own bool) {
	if a.dates == nil {
		a.dates = map[[2]int]dateNote{}
	}
	h := s.speechHead(i, true)
	n := dateNote{own: own, said: h >= 0 && h < i, eve: s.eveOf(i)}
	if !own {
		n.retell = retellable(status) && !s.newAct(i)
	}
	a.dates[[2]int{s.idx, s.tok(i).Start}] = n
}

// retellable reports statuses under which an act can be a retelling of
// an earlier one: a plan or a hypothesis is an act yet to come.
func retellable(status string) bool {
	switch status {
	case sitrep.StatusPlanned, sitrep.StatusHypothetical:
		return false
	}
	return true
}

// newActWords mark an act told as a new one ("struck again", "another
// round of talks", "fresh strikes"), not a retelling.
var newActWords = map[string]bool{
	"again": true, "another": true, "new": true, "fresh": true, "renewed": true,
	"second": true, "third": true, "further": true, "latest": true,
	"additional": true, "repeated": true, "also": true, "later": true, "subsequent": true,
}

// newAct reports a new-act word in the clause of the trigger at token i:
// among the words of its own clause, and those of the noun it heads
// or of its object ("launched fresh strikes").
func (s *sent) newAct(i int) bool {
	for j := s.from; j < s.to; j++ {
		if newActWords[strings.ToLower(s.doc.Text[s.tok(j).Start:s.tok(j).End])] && s.inClause(j, i) {
			return true
		}
	}
	return false
}

// retell gives an event with a defaulted day the day of an earlier
// telling of the same act in the article whose day its sentence gave:
// first one with the same source, target and code (so the two merge and
// count as two mentions); else one with the same source and CAMEO root
// whatever its target ("Israel struck Hezbollah sites in Lebanon on
// Saturday" ... "Israel said its strikes were"), since the target of a
// retelling is often found differently or not at all; for acts on the
// ground and meetings only (anyTargetRetold, dates_said_day_this_year.go). Two narrower
// steps follow where no telling is found: an act on the ground right
// after a sentence whose act on the ground is dated goes on with its day,
// and a visit, host or reception just after a dated meeting, talks or
// signing (one or two sentences before) is made for that meeting.
func (a *article) retell(evs []sitrep.Event) {
	first := map[string]*sitrep.Event{}
	dayOf := map[int]*sitrep.Event{} // the first dated act on the ground of a sentence
	var lastMeeting *sitrep.Event    // the last dated meeting, talks or signing
	for x := range evs {
		e := &evs[x]
		n, ok := a.dates[[2]int{e.Sentence, e.Trigger.Start}]
		if !ok {
			continue
		}
		src := eventActorKey(e.Source)
		same := src + "\x00" + eventActorKey(e.Target) + "\x00" + e.CAMEO
		root := src + "\x01" + e.CAMEO[:2]
		if n.own {
			if !retellable(e.Status) && !n.eve {
				// "will travel to Cairo next week" is not told
				// again by "have mediated for months".
				continue
			}
			for _, k := range []string{same, root} {
				if _, seen := first[k]; !seen {
					first[k] = e
				}
			}
			if _, seen := dayOf[e.Sentence]; !seen && e.DatePrecision == "day" && material(e.CAMEO) {
				dayOf[e.Sentence] = e
			}
			if e.DatePrecision == "day" && occasion(e.CAMEO) {
				lastMeeting = e
			}
			continue
		}
		f := first[same]
		if f == nil && anyTargetRetold(e.CAMEO) {
			f = first[root]
		}
		if f == nil && material(e.CAMEO) && !n.said {
			// "Thousands protested in Nukus on Friday. Police
			// dispersed the crowds with tear gas": force and protest
			// told right after a dated act of the same kind go on
			// with its day; not what follows a speaker's verb ("Police
			// said 516 people had been detained"), a count given on
			// the day of the statement.
			f = dayOf[e.Sentence-1]
			if f != nil && answer(f, e) {
				// "Israel struck Lebanon on Saturday. Hezbollah
				// fired rockets at Israel": an answer in kind is a
				// new act (docs/events.md, fifth pass).
				f = nil
			}
		}
		if f == nil && e.CAMEO[:2] == "04" && lastMeeting != nil && lastMeeting.Sentence >= e.Sentence-2 {
			// "signed a pact in Bamako on Saturday ... the ministers,
			// who travelled to Bamako for the ceremony": visits, hosts
			// and receptions told just after a dated meeting are of
			// that meeting.
			f = lastMeeting
		}
		if n.retell && f != nil && f.Sentence < e.Sentence && !otherPlace(f, e) {
			e.Date, e.DatePrecision = f.Date, f.DatePrecision
		}
	}
	if toldAhead {
		a.retellAhead(evs)
	}
}

// toldAhead switches on the twelfth session's dating of an act the story
// sums up before it tells it with its day (for its tests).
var toldAhead = true

// retellAhead dates an act told with no day of its own in the present
// perfect ("Niger and Algeria have summoned each other's ambassadors",
// which takes the publication day) by a later telling of the very same act, the same
// source, target and code told with an earlier day ("Niger's foreign
// ministry summoned the Algerian ambassador on Wednesday"): the gold
// guide codes repeated mentions once, and the undated summary is no
// second act of the publication day. twin17 adds the simple past
// (summedUp).
func (a *article) retellAhead(evs []sitrep.Event) {
	for x := range evs {
		e := &evs[x]
		n, ok := a.dates[[2]int{e.Sentence, e.Trigger.Start}]
		if !ok || n.own || !n.retell || e.Source == nil || e.Target == nil {
			continue
		}
		for y := x + 1; y < len(evs); y++ {
			f := &evs[y]
			m, ok := a.dates[[2]int{f.Sentence, f.Trigger.Start}]
			if !ok || !m.own || f.Sentence <= e.Sentence || f.CAMEO != e.CAMEO || f.DatePrecision != "day" || !retellable(f.Status) {
				continue
			}
			if eventActorKey(f.Source) != eventActorKey(e.Source) || eventActorKey(f.Target) != eventActorKey(e.Target) || otherPlace(f, e) {
				continue
			}
			if f.Date < e.Date && a.doc != nil && a.summedUp(e) {
				e.Date, e.DatePrecision = f.Date, f.DatePrecision
			}
			break
		}
	}
}

// material reports the CAMEO roots of acts done on the ground rather
// than said: protest, force posture, coercion, assault, fighting.
func material(code string) bool {
	switch code[:2] {
	case "14", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

// otherPlace reports two tellings placed in different countries
// ("struck targets in Syria on Sunday" ... "strikes in Lebanon"): two
// acts. A finer place within one country may be the same act told more
// closely, so only the country counts.
func otherPlace(a, b *sitrep.Event) bool {
	if a.Place == nil || b.Place == nil || a.Place.Country == "" || b.Place.Country == "" {
		return false
	}
	return a.Place.Country != b.Place.Country
}

// answer reports b as a's answer in kind: b's source is a's target and
// b's target a's source, the two sides being two actors.
func answer(a, b *sitrep.Event) bool {
	as, at := eventActorKey(a.Source), eventActorKey(a.Target)
	return as != "" && at != "" && as != at && eventActorKey(b.Source) == at && eventActorKey(b.Target) == as
}

// occasion reports the CAMEO roots of a meeting that visits and
// receptions are made for: consultations and talks (04), agreements
// (05) and cooperation (06). (Intents to cooperate, 03, were tried too:
// no change on the dev sets.)
func occasion(code string) bool {
	switch code[:2] {
	case "04", "05", "06":
		return true
	}
	return false
}

// presentPerfect reports the trigger at byte offset off as a verb in the
// present perfect ("have summoned", "has expelled"): an act summed up,
// whose day the story may tell later.
func (s *sent) presentPerfect(off int) bool {
	i := s.tokenAt(off)
	if i < 0 || s.tok(i).UPOS != "VERB" {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "aux" {
			if w := s.lowerWord(c); w == "have" || w == "has" {
				return true
			}
		}
	}
	return false
}

// aheadPast switches twin17's widening of retellAhead from the present
// perfect to the simple past (for its tests).
var aheadPast = true

// summedUp reports an undated telling that a later, dated telling of the
// same act can date: a present perfect ("have summoned"), and (twin17) a
// simple past with no day of its own ("the memorandum that Addis Ababa
// signed with Somaliland", then "Abiy and Bihi signed the deal on
// Monday"): a told act whose day the story gives later. Not a noun or
// an infinitive ("talks in Luanda", "a decision to impose a tariff"): on
// the dev sets these name a round or a measure of which the story
// tells more than one.
func (a *article) summedUp(e *sitrep.Event) bool {
	s := a.sent(e.Sentence)
	if s.presentPerfect(e.Trigger.Start) {
		return true
	}
	if !aheadPast {
		return false
	}
	i := s.tokenAt(e.Trigger.Start)
	return i >= 0 && s.tok(i).UPOS == "VERB" && s.tok(i).XPOS == "VBD"
}
