package coder

import "sitrep"

// deniedTold switches off the ninth session's denial of an act told in an
// earlier sentence (for its tests).
var deniedTold = true

// denyToldActs applies a denial to the act it answers when that act was
// told in an earlier sentence: "Israel said Iran had fired more missiles
// after the ceasefire began. Iran's military denied firing any missiles"
// makes the firing denied, as "Iran denied that it had fired" in one
// sentence does. The act denied is the denial's gerund object or the verb
// of its that-clause; the act answered is the last one before it with the
// same verb whose doer is of the denier's country, as occurred or reported,
// unless the denier's own side told it ("Iran's Revolutionary Guards said
// Iran had launched 14 missiles": a later "denied launching any missiles
// after the deadline" denies another launch).
func (a *article) denyToldActs(evs []sitrep.Event) {
	if !deniedTold {
		return
	}
	for x := range evs {
		e := &evs[x]
		if e.CAMEO != "016" || e.Source == nil || e.Source.Country == "" {
			continue
		}
		s := a.sent(e.Sentence)
		i := s.tokenAt(e.Trigger.Start)
		if i < 0 {
			continue
		}
		v := -1
		for _, c := range s.kids(i) {
			if r := s.rel(c); (r == "obj" || r == "ccomp" || r == "xcomp") && s.tok(c).UPOS == "VERB" {
				v = c
				break
			}
		}
		if v < 0 {
			a.denyToldAccount(evs, x, s, i)
			continue
		}
		lemma := s.lemma(v)
		for y := x - 1; y >= 0; y-- {
			p := &evs[y]
			if p.Sentence >= e.Sentence || p.Source == nil || p.Source.Country != e.Source.Country {
				continue
			}
			if p.Status != sitrep.StatusOccurred && p.Status != sitrep.StatusReported {
				continue
			}
			ps := a.sent(p.Sentence)
			if k := ps.tokenAt(p.Trigger.Start); k >= 0 && ps.lemma(k) == lemma && !ps.toldBy(e.Source.Country) {
				p.Status = sitrep.StatusDenied
				break
			}
		}
	}
}

// tokenAt returns the token of the sentence that starts at byte offset
// off, -1 for none.
func (s *sent) tokenAt(off int) int {
	for k := s.from; k < s.to; k++ {
		if s.doc.Tokens[k].Start == off {
			return k
		}
	}
	return -1
}

// toldBy reports a sentence told by a speaker of country c: the subject
// of a verb of saying is an actor of c.
func (s *sent) toldBy(c string) bool {
	for k := s.from; k < s.to; k++ {
		if !speechVerbs[s.lemma(k)] || s.tok(k).UPOS != "VERB" {
			continue
		}
		if sb := s.child(k, "nsubj"); sb >= 0 {
			if m := s.actorAt(sb); m != nil && m.Country == c {
				return true
			}
		}
	}
	return false
}
