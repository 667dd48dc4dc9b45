package coder

// "Dutch voters dealt a blow to European Union foreign policy by rejecting
// a treaty": a gerund after "by" or "without" tells how the clause's
// subject acted, whatever noun the parse hangs it on; the noun ("policy",
// read as the gerund's doer, and with it the European Union) does not act
// (appeal29).

// meansGerundSwitch switches meansGerund (tests turn it off).
var meansGerundSwitch = true

// meansGerund reports a gerund k opened by "by" or "without".
func (s *sent) meansGerund(k int) bool {
	return meansGerundSwitch && s.tok(k).XPOS == "VBG" && s.hasKid(k, "mark", "by", "without")
}
