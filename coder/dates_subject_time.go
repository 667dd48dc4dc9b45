package coder

import (
	"strings"

	"sitrep"
)

// "Harman, now director of the Wilson Center, urged Obama last year not
// to close the prison": "now" tells when the subject holds her post, not
// when she urged; read as the act's time it hid "last year" and kept a
// background appeal as news (appeal29).

// subjectTimeSwitch switches subjectTime (tests turn it off).
var subjectTimeSwitch = true

// subjectTime reports a present-reference time expression tx ("now",
// "currently") hung inside the subject c of the act.
func (s *sent) subjectTime(c int, tx *sitrep.Timex) bool {
	if !subjectTimeSwitch || !strings.HasPrefix(s.rel(c), "nsubj") {
		return false
	}
	if tx.Value == "PRESENT_REF" {
		return true
	}
	// "Museveni, in power since 1986, thanked voters and warned": a
	// time after "since" in the subject tells when its state began
	// (subjectSince, twenty-first session).
	h := s.timexHead(tx)
	return subjectSince && h >= 0 && s.caseOf(h) == "since"
}

// subjectSince: the subject's "since" time (subjectTime) dated the act
// by the year a leader took power.
var subjectSince = true
