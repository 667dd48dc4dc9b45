package coder

// cancelledSubjects switches cancelledSubject.
var cancelledSubjects = true

// cancelledSubject reports a noun act that is the subject of a passive
// ("The summit between Russia and Turkey was called off", "a planned
// meeting … was cancelled on Tuesday"): the passive's subject is the
// thing called off, as the object is in the active (cancelled asks the
// verb). The gold guide's own example of negated is "the talks were
// cancelled".
func (s *sent) cancelledSubject(i int) bool {
	return cancelledSubjects && s.deprel(i) == "nsubj:pass"
}

// cancelledTalksPassive reports a halt of talks (164) told in the passive
// with no doer ("The talks between Serbia and Kosovo were postponed"):
// the gold guide codes "the talks were cancelled" as the talks, negated,
// which the noun then codes (cancelledSubject); an active "X called off
// the negotiations" stays the halt, as the dev gold codes it.
func (s *sent) cancelledTalksPassive(e *Entry, a frameArgs) bool {
	if !cancelledSubjects || e.Code != "164" || !a.passive || a.agent >= 0 || a.obj < 0 {
		return false
	}
	if s.deprel(a.obj) != "nsubj:pass" || s.tok(a.self).UPOS != "VERB" {
		return false
	}
	return s.lemmaIn(cancelVerbs, a.self) || s.lemma(a.self) == "call"
}
