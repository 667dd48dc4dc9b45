package coder

// The gold guide codes a future act itself, planned, and "not an extra
// 03x intent event": 03x is for a stated willingness with no concrete act
// behind it ("pledged to deepen cooperation"). A bare pledge, promise or
// agreement (030) whose infinitive is a coercive act the lexicon codes
// ("the Security Council pledged to impose further sanctions", "promised
// to take forceful measures against Argentina") is left to that act,
// planned (appeal29). Cooperative acts promised stay 030 as well: the
// written gold codes "pledged to send patrol boats" both ways.

// promisedActSwitch switches promisedActCoded (tests turn it off).
var promisedActSwitch = true

// promisedActCoded reports a promise whose infinitive complement is a
// verb with a lexicon entry of a coercive root (15 to 20: force posture,
// reduced relations, sanctions, coercion, assault, fighting) that its own
// frame fits.
func (c *Coder) promisedActCoded(s *sent, a frameArgs) bool {
	x := a.xcomp
	if !promisedActSwitch || x < 0 || s.tok(x).UPOS != "VERB" {
		return false
	}
	entries := c.lex.entries("VERB", s.lemma(x), s.doc.TokenText(x))
	if len(entries) == 0 {
		return false
	}
	e := s.match(entries, s.frame(x))
	return e != nil && e.Code[:2] >= "15"
}
