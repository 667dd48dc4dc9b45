package coder

import (
	"strings"
)

// bareBodySpeech switches datelineSubject for a bare body's denial
// ("the ministry denied ...") without an addressee (fifteenth session,
// govbody20; tests turn it off).
var bareBodySpeech = true

// bareBodyNouns head what a story calls a country's own government body
// once it is plain whose: "the ministry", "the cabinet", "the election
// commission".
var bareBodyNouns = setOf("government", "ministry", "cabinet", "presidency", "junta", "commission", "committee",
	"council", "administration")

// bareBody reports subject k a government body named bare: one of
// bareBodyNouns with "the" and no possessor, no "of" phrase and no
// country word in its phrase ("the tourism ministry", "the election
// commission"; not "Kenya's ministry", "the ministry of Ghana", "no
// foreign government").
func (s *sent) bareBody(k int) bool {
	if !bareBodyNouns[s.lemma(k)] || s.endsInS(k) || s.child(k, "nmod:poss") >= 0 || s.child(k, "nmod") >= 0 {
		return false
	}
	if det := s.child(k, "det"); det < 0 || s.lemma(det) != "the" {
		return false
	}
	for _, m := range s.actorsIn(k) {
		if m.Country != "" || strings.HasPrefix(m.Code, "IGO") {
			return false
		}
	}
	return true
}

// A bare body's denial (016) needs no addressee, which datelineSubject
// asks of other verbal acts: "WINDHOEK — the tourism ministry denied
// that any cancellations had been reported", filed from a side's
// capital, is that country's ministry whatever it denies. Demands and
// accusations still need one: their targets are guessed otherwise ("the
// strike committee demanded that the government withdraw", coded
// against the UN).
