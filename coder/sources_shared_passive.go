package coder

// sharedPassiveOn switches sharedPassive off for tests.
var sharedPassiveOn = true

// sharedPassive reports a bare participle coordinated to a passive verb,
// with no auxiliary or subject of its own, that shares the passive: "dozens
// of children are beaten, chained, attacked or abused", "the two men were
// arrested and charged". Its subject is the passive's surface subject, the
// patient, so the patient is not its doer; the doer is the passive's
// agent, if any, else whoever the walk up the clauses finds.
func (s *sent) sharedPassive(k int) bool {
	if !sharedPassiveOn || s.rel(k) != "conj" || s.tok(k).XPOS != "VBN" || speechAct(s.lemma(k)) {
		return false
	}
	// (Not a verb with a complement or an infinitive of its own, nor a
	// verb of speech: a misread active, "Lai was sworn in and called on
	// Beijing to stop", "who were not invited, declined to comment".)
	if s.child(k, "aux", "aux:pass", "nsubj", "nsubj:pass", "obj", "xcomp", "ccomp") >= 0 {
		return false
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "advcl" && s.childLemma(c, "mark", "to") {
			// "Tajik officials, who were not invited, declined to
			// comment": an infinitive of its own makes it active.
			return false
		}
	}
	return true
}
