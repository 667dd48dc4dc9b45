package coder

// Twentieth session (judge29): "Castro said on Wednesday that U.S.
// interference was intolerable", "Hezbollah said in a statement that the
// accusation was ridiculous": the parse hangs the that-clause on the
// oblique between the speech verb and the clause, as a relative clause
// with "that" for its mark. A true relative clause takes "that" as its
// subject or object, never as a mark; so such a clause is the verb's
// complement, and the rules of judgements told by a speaker
// (speechComplement) read it so.

// speechOblSwitch switches speechBesideObl off (tests).
var speechOblSwitch = true

// speechConjSwitch switches the verdict coordinated with a speech
// complement off (tests).
var speechConjSwitch = true

// speechBesideObl returns the speech verb of a that-clause (i) the parse
// made a relative clause of the verb's oblique after it ("said on
// Saturday that ..."); -1 if i is none.
func (s *sent) speechBesideObl(i int) int {
	if !speechOblSwitch || s.rel(i) != "acl" {
		return -1
	}
	m := s.child(i, "mark")
	if m < 0 || s.lemma(m) != "that" || s.child(i, "nsubj") < 0 {
		return -1
	}
	o := s.head(i)
	if o < 0 || o > i || s.rel(o) != "obl" {
		return -1
	}
	v := s.head(o)
	if v < 0 || v > o || s.tok(v).UPOS != "VERB" || !speechVerbs[s.lemma(v)] {
		return -1
	}
	return v
}
