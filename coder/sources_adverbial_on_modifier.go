package coder

// Sources of adverbial clauses the parse hung on a modifier (eighteenth
// session, subj26).

// adverbialOnModifierOn switches adverbialOnModifier (for its tests).
var adverbialOnModifierOn = true

// adverbialOnModifier returns the verb whose subject an adverbial clause
// shares, and that subject, when the parse hung the clause on an
// adjective or a noun inside that verb's clause: "slammed the senator as
// reckless while praising the governor", with "while praising" under
// "reckless". A participle after "while", "after", "by" and the like
// modifies an act, not a word: its doer is the doer of the nearest verb
// above.
// The word it hangs on is no predicate of its own (no copula, no subject:
// "leaders were quick to offer condolences" keeps "leaders"), and the
// verb comes before the clause. Else -1, -1. (It is asked at every step
// of the sources walk: the cheap tests of the parse come first, the
// frames last.)
func (s *sent) adverbialOnModifier(k int) (v, subj int) {
	if !adverbialOnModifierOn || s.rel(k) != "advcl" || s.tok(k).UPOS != "VERB" {
		return -1, -1
	}
	if m := s.child(k, "mark"); m < 0 || s.lemma(m) == "to" {
		// (An infinitive under an adjective is the adjective's own
		// complement: "the two sides were due to hold talks", "ready to
		// meet".)
		return -1, -1
	}
	h := s.head(k)
	if h < 0 {
		return -1, -1
	}
	if u := s.tok(h).UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" {
		return -1, -1
	}
	if s.child(h, "cop") >= 0 || s.child(h, "nsubj") >= 0 || s.child(h, "nsubj:pass") >= 0 {
		return -1, -1
	}
	v = s.governingVerb(h)
	if v < 0 || v > k || !sharesSubject(s, k) {
		return -1, -1
	}
	if subj = s.frame(v).subj; subj < 0 {
		return -1, -1
	}
	return v, subj
}

// inGerundOn switches inGerund (for its tests).
var inGerundOn = true

// inGerund reports a gerund after "in" (clause k) that shares the subject
// of the adjective or adverb it hangs on: "London was alone in warning
// Iraq", "she has been vocal in opposing the deal", "went as far as the
// premier in chiding him": who is alone, vocal or goes far is who warns,
// opposes or chides. Under a verb the "in" is often a particle ("was
// sworn in promising reform") or the act is the object's too ("urged
// Britain to join France in recognising"), so verbs are left out.
func (s *sent) inGerund(k int) bool {
	if !inGerundOn || s.tok(k).UPOS != "VERB" {
		return false
	}
	h := s.head(k)
	if h < 0 {
		return false
	}
	u := s.tok(h).UPOS
	return u == "ADJ" || u == "ADV"
}
