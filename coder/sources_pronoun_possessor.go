package coder

import "sitrep"

// pronounPossessorOn switches pronounPossessor (tests turn it off).
var pronounPossessorOn = true

// pronounPossessor is the actor "his" or "her" on noun trigger i stands
// for: "during his British trip", "after her talks with". Wire copy names
// a leader once and then tells of "his visit"; the actor coder makes no
// mention of "his", so the pronoun is resolved as the coder resolves a
// pronoun subject (antecedent: the nearest coded actor before it in the
// sentence or the one before), and taken only when that actor is a
// person. ("Their", "its" and "our" were tried: their antecedents were
// too often wrong — "their sanctions", "its investigation" — and the
// possessor of "arrest" or "deportation" is the one arrested.)
func (s *sent) pronounPossessor(i int) *sitrep.ActorMention {
	if !pronounPossessorOn {
		return nil
	}
	if gatheringNouns[s.lemma(i)] && !s.partnerNamed(i) {
		// "his nuclear security summit", "her meeting": a gathering
		// the person holds, its guests unnamed.
		return nil
	}
	for _, c := range s.kids(i) {
		if s.deprel(c) != "nmod:poss" || s.tok(c).UPOS != "PRON" || s.lemma(c) != "his" && s.lemma(c) != "her" {
			continue
		}
		if m := s.antecedent(c); m != nil && actorKey(m) != "" && s.personMention(m) {
			return m
		}
	}
	return nil
}

// personMention reports a mention that names a person: a PER entity
// under it, or a pronoun the actor coder linked, through its references,
// to a mention that has one ("him" linked to "the judge" does not).
func (s *sent) personMention(m *sitrep.ActorMention) bool {
	for n := 0; m != nil && n < 8; n++ {
		if s.namesPerson(m) {
			return true
		}
		if m.Ref < 0 || m.Ref >= len(s.doc.Actors) {
			return false
		}
		m = &s.doc.Actors[m.Ref]
	}
	return false
}

// partnerNamed reports a with- or between-phrase on noun i.
func (s *sent) partnerNamed(i int) bool {
	for _, c := range s.kids(i) {
		if s.rel(c) == "nmod" {
			if p := s.caseOf(c); p == "with" || p == "between" {
				return true
			}
		}
	}
	return false
}
