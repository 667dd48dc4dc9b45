package coder

// demandedConditions switches demandedCondition (tests turn it off).
var demandedConditions = true

// demandedCondition reports an act that is only the condition another
// party's act is made to hang on: "he will withdraw his troops only if
// Israel withdraws from the West Bank". The clause states what the
// speaker demands of the other side, not anything that side did, said or
// planned, and real newswire's gold leaves it uncoded (realspur2; a bare
// "if Venezuela attacked Guyana" the gold still codes as hypothetical, so
// a plain "if" stays).
func (s *sent) demandedCondition(i int) bool {
	if !demandedConditions || !s.ifClause(i) {
		return false
	}
	// "only if", not "unless".
	m := s.child(i, "mark")
	if s.lemma(m) != "if" {
		return false
	}
	// "only" is parsed on the clause's verb or on "if" itself.
	return s.hasKid(i, "advmod", "only") || s.hasKid(m, "advmod", "only") ||
		m > s.from && s.lemma(m-1) == "only"
}
