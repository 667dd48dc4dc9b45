package coder

import "sitrep"

// targetingClause switches targetingTargets (sixteenth session,
// target21; tests turn it off).
var targetingClause = true

// furtherMeasure switches repeatedMeasure (tests turn it off).
var furtherMeasure = true

// targetingTargets are the actors a participle "targeting X" hung on
// the trigger names, for an act whose frame names no party: "imposed its
// first cyber sanctions, targeting a Russian man" is aimed at Russia.
// Without it the act's party was guessed (the dateline's country, or the
// source's own at home). Nil when there is no such participle.
func (s *sent) targetingTargets(i int) []*sitrep.ActorMention {
	if !targetingClause {
		return nil
	}
	for _, c := range s.kids(i) {
		if s.rel(c) != "advcl" || s.lemma(c) != "target" || s.tok(c).XPOS != "VBG" {
			continue
		}
		if o := s.child(c, "obj"); o >= 0 {
			if ms := keyed(s.argActors(o)); len(ms) > 0 {
				return ms
			}
		}
	}
	return nil
}

// noteMeasure keeps the target of a measure that reduces relations (16x:
// sanctions, an embargo, cut aid) aimed at another country.
func (a *article) noteMeasure(ev sitrep.Event) {
	if !furtherMeasure || ev.Source == nil || ev.Target == nil || ev.CAMEO[:2] != "16" {
		return
	}
	if eventActorKey(ev.Source) == eventActorKey(ev.Target) {
		return
	}
	a.measured[eventActorKey(ev.Source)+">"+ev.CAMEO] = mentionOf(ev.Target)
}

// repeatedMeasure is the target of the source's earlier measure of the
// same code, for one told as a repeat whose frame names no party
// ("could impose further sanctions", after sanctions "targeting a
// Russian man", is aimed at Russia again, not guessed anew). Only for an
// object marked as more of the same ("further", "more", "new",
// "additional"): a measure told bare may be aimed elsewhere. Nil when
// there was none.
func (s *sent) repeatedMeasure(obj int, src *sitrep.ActorMention, code string) *sitrep.ActorMention {
	if !furtherMeasure || src == nil || code[:2] != "16" || obj < 0 {
		return nil
	}
	more := false
	for _, c := range s.kids(obj) {
		if s.rel(c) == "amod" && repeatWords[s.lemma(c)] {
			more = true
		}
	}
	if !more {
		return nil
	}
	return s.art.measured[actorKey(src)+">"+code]
}

// repeatWords mark an act as more of one told before.
var repeatWords = setOf("further", "more", "new", "additional", "fresh")
