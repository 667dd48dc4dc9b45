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
	if !s.thatComplement(i) {
		return -1
	}
	o := s.head(i)
	if o < 0 || o > i {
		// (No head in the sentence: nothing to read its relation of.)
		return -1
	}
	if r := s.rel(o); r != "obl" && r != "obj" && r != "iobj" {
		// ("told the conference that ...": the clause hung on the
		// object.)
		return -1
	}
	v := s.head(o)
	if v < 0 || v > o || s.tok(v).UPOS != "VERB" || !speechVerbs[s.lemma(v)] {
		return -1
	}
	return v
}

// thatComplement reports a clause (i) with "that" for its mark, or with
// "that" read as its subject beside a subject of its own ("that Vance's
// remarks were not acceptable"), and a subject: a that-clause, not a
// relative one.
func (s *sent) thatComplement(i int) bool {
	subjects, that := 0, false
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "mark":
			that = that || s.lemma(c) == "that"
		case "nsubj":
			if s.lemma(c) == "that" && c < i {
				that = true
			} else {
				subjects++
			}
		}
	}
	return that && subjects > 0
}
