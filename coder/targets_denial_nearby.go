package coder

// Targets of denials with no accuser found (eleventh session, deny14).

import "sitrep"

// nearDenialGuess switches the rule keeping a denial's guessed target
// only when the denial's sentence or the one before names it.
var nearDenialGuess = true

// namedNearby keeps those of the guessed targets that are named in this
// sentence or the one before it. The story's other side, guessed for a
// denial that names no accuser, is most often not the one answered: the
// gold leaves such a denial unanswered ("denied any role"). A side named
// just before is the likely maker of the claim ("X said ... . Y denied
// it"); one named only further back is seldom.
func (s *sent) namedNearby(tgts []*sitrep.ActorMention) []*sitrep.ActorMention {
	var kept []*sitrep.ActorMention
	for _, t := range tgts {
		if s.namesNearby(actorKey(t)) {
			kept = append(kept, t)
		}
	}
	return kept
}

// namesNearby reports a mention of actor key in this sentence or the one
// before it.
func (s *sent) namesNearby(key string) bool {
	d := s.doc
	first := s.idx - 1
	if first < 0 {
		first = 0
	}
	from, to := d.Sentences[first].Start, d.Sentences[s.idx].End
	for j := range d.Actors {
		if m := &d.Actors[j]; m.Start >= from && m.Start < to && actorKey(m) == key {
			return true
		}
	}
	return false
}
