package coder

// passiveBesideAgents switches passiveBesideAgent.
var passiveBesideAgents = true

// passiveBesideAgent reports whether c, a subject of the verb that
// splitSubjectsOf weighs as the rest of subject subj, is the passive
// subject while subj is not ("Iran and Syria were sanctioned by the
// United States", with the by-agent the source): the passive subject is
// the other side of the act, never more doers of it, so its conjuncts
// must not join the sources (they would act on each other).
func (s *sent) passiveBesideAgent(c, subj int) bool {
	return passiveBesideAgents && s.deprel(c) == "nsubj:pass" && s.deprel(subj) != "nsubj:pass"
}
