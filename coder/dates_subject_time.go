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
	return subjectTimeSwitch && strings.HasPrefix(s.rel(c), "nsubj") && tx.Value == "PRESENT_REF"
}
