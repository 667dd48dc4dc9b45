package coder

// Twenty-second session (frame31): "called Dodik", a verb whose only
// complement is a named actor, is a telephone call; the lexicon's
// condition "named" asks for that frame.

// readNamedObject switches namedObject off for tests (entries that ask
// for it then never match).
var readNamedObject = true

// namedPronouns stand for a person the article named before.
var namedPronouns = setOf("he", "she", "him", "her")

// namedObject reports that the frame's object is a named actor (a proper
// name, or a personal pronoun for one) and that nothing else completes
// the verb: no particle, no complement but an infinitive of purpose
// ("called Erdogan to discuss the crisis"), no naming ("called him a
// liar", "called Clinton, his rival, a co-founder" with the second noun
// read as an oblique), no that-clause, no role or place the name is
// called to ("called Bennett as a witness", "called the envoy to the
// ministry": a summons, mend29). Time phrases may follow ("called Modi
// on Monday").
func (s *sent) namedObject(a frameArgs) bool {
	o := a.obj
	if !readNamedObject || o < 0 || o < a.self || a.passive || a.prt != "" || a.ccomp >= 0 || s.actorAt(o) == nil {
		return false
	}
	switch s.tok(o).UPOS {
	case "PROPN":
	case "PRON":
		if !namedPronouns[s.lemma(o)] {
			return false
		}
	default:
		return false
	}
	if a.xcomp >= 0 {
		// (A phrase with a preposition read as the complement, "on
		// Wednesday evening", is none.)
		if !s.infinitive(a.xcomp) && !s.isTime(a.xcomp) && (s.child(a.xcomp, "case") < 0 || s.calledToRole(a.xcomp)) {
			return false
		}
	} else if s.namedAs(a) {
		return false
	}
	for _, c := range s.kids(a.self) {
		if c <= o || s.isTime(c) {
			continue
		}
		switch s.rel(c) {
		case "obj", "obl", "xcomp", "advcl", "appos", "nmod":
			if u := s.tok(c).UPOS; (u == "NOUN" || u == "PROPN" || u == "ADJ") && s.child(c, "case") < 0 {
				// A bare noun or adjective after the name: the
				// name is judged, not called.
				return false
			}
			if s.calledToRole(c) {
				return false
			}
		}
	}
	for _, c := range s.kids(o) {
		if r := s.rel(c); c > o && (r == "appos" || r == "amod") && s.tok(c).UPOS != "PROPN" && !s.isTime(c) {
			// "called Clinton an ISIS co-founder" read as an
			// apposition of the name.
			return false
		}
		if c > o && s.rel(c) == "nmod" && s.calledToRole(c) {
			// "called Bennett as a witness" with the role hung
			// on the name.
			return false
		}
	}
	return true
}

// calledToRole reports a phrase after the name that gives the role or
// place it is called to, not a call's time or topic: "as a witness",
// "to the ministry", "into the office" (mend29: review29 finding 4).
func (s *sent) calledToRole(c int) bool {
	if !calledToRoleSwitch {
		return false
	}
	k := s.child(c, "case")
	return k >= 0 && calledToCases[s.lemma(k)]
}

// calledToRoleSwitch switches calledToRole off for tests.
var calledToRoleSwitch = true

// calledToCases are the prepositions of a role or place one is called to.
var calledToCases = setOf("as", "to", "into")
