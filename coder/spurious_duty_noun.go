package coder

// "North Korea should abandon nuclear weapons ... and engage in credible
// and authentic talks on denuclearization": talks named under a verb of
// duty or advice are what the speaker asks for (the gold's appeal, 026),
// not talks held or planned; as dutyOnly drops the verb under "should"
// or "must", its noun's act is dropped too (appeal29).

// dutyNounSwitch switches dutyNoun (tests turn it off).
var dutyNounSwitch = true

// dutyNoun reports a talks noun i (or the noun it is coordinated with)
// that is the object or oblique of a verb under "should" or "must",
// directly or as a conjunct of one.
func (s *sent) dutyNoun(i int) bool {
	if !dutyNounSwitch || s.tok(i).UPOS != "NOUN" || !talksNouns[s.lemma(i)] {
		return false
	}
	n := i
	for s.rel(n) == "conj" && s.head(n) >= 0 && s.tok(s.head(n)).UPOS == "NOUN" {
		// "engage in credible and authentic talks", "credible" read
		// as a noun the talks are coordinated with.
		n = s.head(n)
	}
	switch s.rel(n) {
	case "obj":
	case "obl":
		// "engage in", "return to", "enter into" talks; not "lift
		// sanctions after talks in Vienna", talks held.
		if c := s.caseOf(n); c != "in" && c != "to" && c != "into" {
			return false
		}
	default:
		return false
	}
	for v := s.head(n); v >= 0 && s.tok(v).UPOS == "VERB"; v = s.head(v) {
		if s.hasKid(v, "aux", "should", "must") {
			return true
		}
		if s.rel(v) != "conj" || s.ownTense(v) {
			// A conjunct with its own subject and tense ("... and
			// Rwanda held talks") is not under the first verb's
			// "should" (as status.go reads it).
			break
		}
	}
	return false
}
