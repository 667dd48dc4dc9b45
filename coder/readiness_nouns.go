package coder

// A noun of willingness governs an act as "ready" does: "Syria had
// indicated its interest in resuming talks" offers talks (036), it does
// not hold them; the real gold codes the offer, not talks each way
// (appeal29).

// readinessNounSwitch switches readinessNounOf (tests turn it off).
var readinessNounSwitch = true

// readinessNouns name a party's willingness to act.
var readinessNouns = setOf("interest", "readiness", "willingness", "desire", "eagerness")

// readinessNounOf returns the readiness noun whose clause verb v is
// ("interest in resuming", "readiness to resume"), or -1. Each noun but
// "interest" takes its act as an infinitive (review23: with "in" only,
// "expressed its readiness to resume talks" held talks).
func (s *sent) readinessNounOf(v int) int {
	if !readinessNounSwitch || v < 0 || s.rel(v) != "acl" || s.tok(v).UPOS != "VERB" {
		return -1
	}
	g := s.head(v)
	if g < 0 || !readinessNouns[s.lemma(g)] {
		return -1
	}
	if s.childLemma(v, "mark", "in") || s.lemma(g) != "interest" && s.infinitive(v) {
		return g
	}
	return -1
}
