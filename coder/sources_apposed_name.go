package coder

import "sitrep"

// apposedNameOn switches apposedActor (tests turn it off).
var apposedNameOn = true

// apposedActor is the actor named in an apposition of word k when k
// itself names none with a country: "the party leader, Marine Le Pen,",
// "its chief negotiator, Ali Hassan,". A title the actor coder could not
// place stands for the person set beside it. Only a first apposition, and
// only when it is a name or a phrase coded with a country or an IGO, and
// only for a common noun: a name the actor coder left without a country
// ("Cardinal Joseph Zen, a retired bishop of Hong Kong") is often a
// person acting for a body the apposition does not name.
func (s *sent) apposedActor(k int) *sitrep.ActorMention {
	if !apposedNameOn || s.tok(k).UPOS != "NOUN" {
		return nil
	}
	for _, c := range s.kids(k) {
		if s.deprel(c) != "appos" {
			continue
		}
		if c <= k || s.lemma(k+1) != "," {
			// Set off by a comma right after the title: "a move London
			// rejected" is a misparse, not an apposition.
			return nil
		}
		if m := s.actorAt(c); m != nil && actorKey(m) != "" {
			return m
		}
		return nil
	}
	return nil
}
