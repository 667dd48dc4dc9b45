package coder

// relativeObliqueOn switches relativeAntecedent (tests turn it off).
var relativeObliqueOn = true

// relativeAntecedent is the noun a relative pronoun in an oblique stands
// for, or -1: "Iraq's Saddam, with whom the king met Monday", "the
// rebels, against whom the army launched an offensive", "Kenya, to which
// it sent troops". The pronoun is an oblique of a relative clause, and
// the clause modifies the noun. (A relative pronoun as subject or object
// is read elsewhere: sources.go, relativeWhich.)
func (s *sent) relativeAntecedent(a int) int {
	if !relativeObliqueOn || a < 0 || s.rel(a) != "obl" {
		return -1
	}
	if l := s.lemma(a); l != "whom" && l != "which" && l != "who" {
		return -1
	}
	if s.caseOf(a) == "" {
		return -1
	}
	v := s.head(a)
	if v >= 0 && s.deprel(v) == "acl:relcl" {
		if n := s.head(v); n >= 0 && n < a {
			return n
		}
		return -1
	}
	if s.lemma(a) == "whom" && a-3 >= s.from && s.lemma(a-2) == "," && s.rel(a-1) == "case" {
		// The parse often hangs the clause on the main verb ("carrying
		// a message from Iraq's Saddam, with whom the king met
		// Monday", "met" a conjunct): "whom" right after ", with"
		// stands for the word before the comma.
		return a - 3
	}
	return -1
}
