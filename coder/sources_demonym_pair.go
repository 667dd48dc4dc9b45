package coder

import "sitrep"

// demonymPairSwitch switches demonymPair (tests turn it off).
var demonymPairSwitch = true

// demonymPair returns the countries of two or more coordinated country
// adjectives that modify the subject noun k, when the actor coder placed
// none of them: "Kyrgyz and Tajik surveyors will meet again", "Armenian
// and Azerbaijani border commissions will meet" (the second adjective
// and the "and" often hung on the head noun, not on the first
// adjective). The subject is both countries' people, each a source of
// the act; a reciprocal act with no target is then between them. Else
// nil.
func (s *sent) demonymPair(k int) []*sitrep.ActorMention {
	if !demonymPairSwitch || s.tok(k).UPOS != "NOUN" {
		return nil
	}
	if m := s.mentionCovering(k); m != nil && actorKey(m) != "" {
		// "Australia and Papua New Guinea", a name the actor coder
		// placed: no adjectives to read.
		return nil
	}
	var out []*sitrep.ActorMention
	for _, c := range s.kids(k) {
		if r := s.deprel(c); c > k || r != "amod" && r != "compound" {
			continue
		}
		if conj := s.conjuncts(c); len(conj) > 1 && s.childLemma(conj[1], "cc", "and") {
			// "Kyrgyz and Tajik surveyors": the adjectives coordinated
			// by "and" (not "Russian or Syrian aircraft", either one).
			var ms []*sitrep.ActorMention
			for _, j := range conj {
				m := s.countryWord(j)
				if m == nil {
					ms = nil
					break
				}
				ms = append(ms, m)
			}
			if ms = keyed(ms); len(ms) > 1 {
				return ms
			}
		}
	}
	// "Armenian and Azerbaijani border commissions": two adjectives of
	// the head with its "and" between them.
	for _, c := range s.kids(k) {
		if s.deprel(c) != "cc" || s.lemma(c) != "and" || c >= k || c-1 < s.from {
			continue
		}
		a, b := c-1, c+1
		if s.head(a) != k || s.head(b) != k {
			continue
		}
		ma, mb := s.countryWord(a), s.countryWord(b)
		if ma == nil || mb == nil {
			continue
		}
		if out = keyed([]*sitrep.ActorMention{ma, mb}); len(out) > 1 {
			return out
		}
	}
	return nil
}
