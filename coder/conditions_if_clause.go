package coder

// ifClause reports a verb heading an "if" or "unless" clause of the verb
// it hangs on ("if Chile withdrew its troops", "unless Moscow complies"):
// the opening test of the rules that read a condition
// (conditionConcession, conditionRefusal, demandedCondition).
func (s *sent) ifClause(i int) bool {
	return s.tok(i).UPOS == "VERB" && s.rel(i) == "advcl" && s.hasKid(i, "mark", "if", "unless")
}
