package coder

// The event records: actors and keys, the merge within an article, the
// quote and the place an event is told in.

import (
	"fmt"
	"strings"

	"sitrep"
	"sitrep/geo"
)

func eventActor(m *sitrep.ActorMention) *sitrep.EventActor {
	if m == nil {
		return nil
	}
	return &sitrep.EventActor{Span: m.Span, Code: m.Code, Country: m.Country, Sector: m.Sector}
}

// eventKey identifies an event for merging: actors by country (or IGO),
// since "the ministry" and "Kosovo" acting on one day are one actor's act
// as far as the record goes.
func eventKey(e *sitrep.Event) string {
	return eventActorKey(e.Source) + "\x00" + eventActorKey(e.Target) + "\x00" + e.CAMEO + "\x00" + e.Date
}

func eventActorKey(a *sitrep.EventActor) string {
	switch {
	case a == nil:
		return ""
	case a.Country != "":
		return a.Country
	}
	return orgKey(a.Code)
}

// mergeArticle keeps one record per (source, target, code, date) in the
// article, counting the mentions, then makes the article-wide drops
// (records that another record of the article makes redundant).
//
// The drops after the merge work on its result, which nothing else holds:
// each returns its input unchanged when it drops nothing (most articles)
// and may reuse its storage, so an article's records are not copied once
// per drop (perf28: those copies were a quarter of the pipeline's bytes
// allocated).
func mergeArticle(evs []sitrep.Event) []sitrep.Event {
	if len(evs) == 0 {
		return nil // as before: an article without events has none, not an empty list
	}
	idx := make(map[string]int, len(evs))
	out := make([]sitrep.Event, 0, len(evs))
	for _, e := range evs {
		k := eventKey(&e)
		if j, ok := idx[k]; ok {
			out[j].Mentions += e.Mentions // a record may carry tellings folded before (mergeDefaultDay)
			continue
		}
		idx[k] = len(out)
		out = append(out, e)
	}
	return dropSwappedVisit(dropFlownVisits(dropWarnedThreat(dropNestedRepeat(dropGenericConsult(dropSignedCooperation(out, idx))))))
}

// dropSignedCooperation drops relations restored (050) by a pair that
// signed a deal (057) on the same day: one act, the gold guide's most
// specific code ("signed a declaration restoring ties"). (Not other
// cooperation agreed beside the deal: "signed a declaration and agreed
// to reopen embassies" is two events in the gold sets.)
func dropSignedCooperation(evs []sitrep.Event, idx map[string]int) []sitrep.Event {
	return keepEvents(evs, func(i int) bool {
		e := &evs[i]
		if e.CAMEO == "050" && strings.HasPrefix(strings.ToLower(e.Trigger.Text), "restor") {
			signed := *e
			signed.CAMEO = "057"
			if _, ok := idx[eventKey(&signed)]; ok {
				return false
			}
		}
		return true
	})
}

// keepEvents returns the events i of evs for which keep(i) is true, in
// order. keep may read any event of evs (some drops compare a record with
// every other one), so the kept ones are copied into a new slice, and
// only from the first event dropped on: when keep drops nothing, evs
// itself is returned.
func keepEvents(evs []sitrep.Event, keep func(i int) bool) []sitrep.Event {
	for i := range evs {
		if keep(i) {
			continue
		}
		out := make([]sitrep.Event, i, len(evs)-1)
		copy(out, evs[:i])
		for j := i + 1; j < len(evs); j++ {
			if keep(j) {
				out = append(out, evs[j])
			}
		}
		return out
	}
	return evs
}

// genericConsult switches dropGenericConsult (tests turn it off).
var genericConsult = true

// dropGenericConsult drops a bare meeting (040 from "met" or "spoke
// with") of a pair that the article also codes, the same way round, with
// the same status and on the same day, as a telephone call (041) or talks
// (046): one encounter told twice ("spoke by telephone with Lula on
// Monday ... the two leaders met virtually", "held talks with Rubio on
// Tuesday ... Lavrov met Rubio"), which the gold codes once, by its more
// specific word. Not "discussed" (the gold codes a visit's arrival and its
// discussions as two events, and a 040 "discussed" beside talks often
// stands for the arrival), and not a date known only to the month (a
// month holds more than one round of talks).
func dropGenericConsult(evs []sitrep.Event) []sitrep.Event {
	if !genericConsult {
		return evs
	}
	return keepEvents(evs, func(i int) bool {
		e := &evs[i]
		if e.CAMEO != "040" || e.Source == nil || e.Target == nil ||
			len(e.Date) != len("2006-01-02") || !meetOrSpeak(e.Rule) {
			return true
		}
		for j := range evs {
			f := &evs[j]
			if j == i || f.Source == nil || f.Target == nil || !finerConsult(f.CAMEO) {
				continue
			}
			if eventActorKey(f.Source) == eventActorKey(e.Source) && eventActorKey(f.Target) == eventActorKey(e.Target) &&
				f.Status == e.Status && f.Date == e.Date {
				return false
			}
		}
		return true
	})
}

// visitConsult switches the eleventh session's widening of
// dropGenericConsult to visits, hosting, meetings at a venue and
// mediation (tests turn it off).
var visitConsult = true

// finerConsult reports a consult code more precise than a bare meeting:
// a call or talks, and (eleventh session, meet11) a visit, its hosting, a
// meeting at a third venue or a mediation, for which "met" on the day of
// the trip is the same encounter ("travelled to Moscow ... met Putin").
func finerConsult(code string) bool {
	switch code {
	case "041", "046":
		return true
	case "042", "043", "044", "045":
		return visitConsult
	}
	return false
}

// meetOrSpeak reports a rule of the bare meeting words ("meet", "speak
// with", and with talkConsult "talk with").
func meetOrSpeak(rule string) bool {
	return strings.HasPrefix(rule, "lexicon:") &&
		(strings.HasSuffix(rule, " meet") || strings.HasSuffix(rule, " speak with") ||
			talkConsult && strings.HasSuffix(rule, " talk with"))
}

// talkConsult switches repeat20's widening of dropGenericConsult to
// "talk with" ("talking with Minsk" beside talks Minsk brokered the same
// day): the bare verb of a meeting the article codes more precisely.
var talkConsult = true

func quoteAt(d *sitrep.Document, off int) *int {
	for i := range d.Quotes {
		if d.Quotes[i].Start <= off && off < d.Quotes[i].End {
			q := i
			return &q
		}
	}
	return nil
}

// placedIn reports an event whose clause names a place in country.
func (s *sent) placedIn(i int, src, tgt []*sitrep.ActorMention, country string) bool {
	p := s.place(i, src, tgt)
	return p != nil && p.Country == country
}

// place geocodes the first location entity in the trigger's clause,
// preferring the countries of the event's actors.
func (s *sent) place(i int, src, tgt []*sitrep.ActorMention) *sitrep.Place {
	d := s.doc
	g, err := geo.Load()
	if err != nil {
		return nil
	}
	var prefer []string
	for _, ms := range [][]*sitrep.ActorMention{src, tgt} {
		for _, m := range ms {
			if m.Country != "" {
				prefer = append(prefer, m.Country)
			}
		}
	}
	for _, e := range d.Entities {
		if e.Label != "LOC" {
			continue
		}
		// The entity's head token: the last token inside it.
		h := s.lastTokIn(e.Start, e.End)
		if h < 0 || !s.inClause(h, i) || h == i {
			continue
		}
		// Locations that are actors in their own right (the subject or
		// object "Beijing") are not places of the event.
		if r := s.rel(h); (r == "nsubj" || r == "obj") && s.head(h) == i && (s.actorAt(h) != nil || s.placeActor(h) != nil) {
			continue
		}
		p, ok := g.Lookup(e.Text, prefer...)
		if !ok {
			continue
		}
		return &sitrep.Place{Span: e.Span, Name: p.Name, GeonameID: p.GeonameID, Lat: p.Lat, Lon: p.Lon, Country: p.Country}
	}
	return nil
}

// mentionOf makes an event's actor a mention again, to be the target of
// a later event.
func mentionOf(a *sitrep.EventActor) *sitrep.ActorMention {
	return &sitrep.ActorMention{Span: a.Span, Code: a.Code, Country: a.Country, Sector: a.Sector, Entry: "actor of an earlier event", Ref: -1}
}

// ruleName names the rule of an event: its lexicon line, or "coder:"
// for an entry built in code.
func ruleName(e *Entry) string {
	if e.Line == 0 {
		return "coder: " + e.Name
	}
	return fmt.Sprintf("lexicon:%d %s", e.Line, e.Name)
}

// nestedRepeat switches dropNestedRepeat (tests turn it off).
var nestedRepeat = true

// dropNestedRepeat merges an event that repeats an earlier one of the
// article (same sides, code and status) on a date inside the earlier
// one's or holding it ("a deal mediated by Qatar" this month, "brokered"
// on Friday): one act told twice, which the gold codes once. The record
// kept counts both mentions and takes the finer of the two dates.
//
// It compacts evs in place: repeatsOne reads only the records already
// kept, which lie before the one being read.
func dropNestedRepeat(evs []sitrep.Event) []sitrep.Event {
	if !nestedRepeat {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		j := repeatsOne(e, out)
		if j < 0 {
			out = append(out, e)
			continue
		}
		out[j].Mentions += e.Mentions
		if len(e.Date) > len(out[j].Date) {
			out[j].Date, out[j].DatePrecision = e.Date, e.DatePrecision
		}
	}
	return out
}

// repeatsOne returns the index of the event of kept that e repeats on a
// nested date, or -1.
func repeatsOne(e sitrep.Event, kept []sitrep.Event) int {
	if e.Source == nil || e.Target == nil {
		return -1
	}
	for j, f := range kept {
		if f.Source == nil || f.Target == nil || f.CAMEO != e.CAMEO || f.Status != e.Status || f.Date == e.Date {
			continue
		}
		if eventActorKey(f.Source) != eventActorKey(e.Source) || eventActorKey(f.Target) != eventActorKey(e.Target) {
			continue
		}
		if strings.HasPrefix(e.Date, f.Date) || strings.HasPrefix(f.Date, e.Date) {
			return j
		}
	}
	return -1
}
