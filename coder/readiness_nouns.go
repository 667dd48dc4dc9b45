package coder

// A noun of willingness governs an act as "ready" does: "Syria had
// indicated its interest in resuming talks" offers talks (036), it does
// not hold them; the real gold codes the offer, not talks each way
// (appeal29).

// readinessNounSwitch switches readinessNounOf (tests turn it off).
var readinessNounSwitch = true

// readinessNouns name a party's willingness to act.
var readinessNouns = setOf("interest", "readiness", "willingness", "desire", "eagerness")

// readinessNounOf returns the readiness noun whose in-clause verb v is
// ("interest in resuming"), or -1.
func (s *sent) readinessNounOf(v int) int {
	if !readinessNounSwitch || v < 0 || s.rel(v) != "acl" || s.tok(v).UPOS != "VERB" || !s.childLemma(v, "mark", "in") {
		return -1
	}
	if g := s.head(v); g >= 0 && readinessNouns[s.lemma(g)] {
		return g
	}
	return -1
}
