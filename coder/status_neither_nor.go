package coder

// neitherNors switches neitherNor.
var neitherNors = true

// neitherNor reports an act that "neither … nor" negates: on its verb
// ("Russia neither confirmed nor denied", "…, nor did it close the
// embassy"), on its subject ("Neither Serbia nor Kosovo attended",
// "neither side fired") or on its object ("signed neither the deal nor
// the annex"). The parse hangs "neither" as cc:preconj (or det) on the
// first conjunct and "nor" as cc on the next, not as an advmod of the
// verb, which is all the status walk looks at. A noun act carried by a
// light verb ("held no talks") is asked of that verb.
func (s *sent) neitherNor(i int) bool {
	if !neitherNors {
		return false
	}
	v := s.neitherVerb(i)
	if s.hasNeitherNor(v) {
		return true
	}
	if h := s.head(v); h >= 0 && s.lemma(h) == "do" && (s.rel(v) == "xcomp" || s.rel(v) == "ccomp") && s.hasNeitherNor(h) {
		// "…, nor did it bomb Kharkiv", parsed with "did" the verb
		// and the act its complement.
		return true
	}
	return s.neitherNorArgument(v, true)
}

// neitherNorArgument reports a "neither … nor" on a conjunct of verb v's
// subject, or with objects also of its object after it.
func (s *sent) neitherNorArgument(v int, objects bool) bool {
	for _, c := range s.kids(v) {
		if r := s.rel(c); r != "nsubj" && (!objects || r != "obj" || c < v) {
			continue
		}
		for _, k := range s.chain(c) {
			if s.hasNeitherNor(k) {
				return true
			}
		}
	}
	return false
}

// neitherVerb is the verb whose subject and object neitherNor asks of
// the act at i: i itself, or the verb whose object the noun act is
// ("attended the talks", "held talks").
func (s *sent) neitherVerb(i int) int {
	if h := s.head(i); h >= 0 && s.tok(i).UPOS == "NOUN" && s.rel(i) == "obj" && s.tok(h).UPOS == "VERB" {
		return h
	}
	return i
}

// neitherNorSubject reports an act whose subject is "neither X nor Y"
// ("Neither Egypt nor Jordan condemned the attack"): each side does (or
// rather does not do) it alone, so the story's counterpart, when it is
// one of those subjects, is no guess for its target.
func (s *sent) neitherNorSubject(i int) bool {
	if !neitherNors {
		return false
	}
	return s.neitherNorArgument(s.neitherVerb(i), false)
}

// hasNeitherNor reports a "neither" or "nor" hung on k as its
// coordinator or determiner.
func (s *sent) hasNeitherNor(k int) bool {
	for _, c := range s.kids(k) {
		switch s.lemma(c) {
		case "neither", "nor":
			if r := s.rel(c); r == "cc" || r == "det" {
				return true
			}
		}
	}
	return false
}
