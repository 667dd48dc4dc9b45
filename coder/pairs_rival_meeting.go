package coder

import (
	"strings"

	"sitrep"
)

// rivalMeetingOn switches rivalMeeting (eighteenth session, actor26).
var rivalMeetingOn = true

// rivalMeeting reports a meeting or a telephone call (040, 041, and 046
// told by a verb) between two named people of one country who hold
// different roles there, so have different actor codes: a candidate
// meets the Speaker, a governor the front-runner, a senator the
// president ("the senator met with the nominee on Friday", "is to meet
// the Speaker on Thursday"). Campaign and party copy codes these country
// to country (USA>USA 040), as it does their endorsements
// (rivalCooperation). Two people of the same
// code (two ministers: a government's own business) stay uncoded, and so
// do promises, visits and talks told by the noun alone, which the
// same-country reading got wrong as often as right.
func (s *sent) rivalMeeting(i int, code string, src, tgt *sitrep.ActorMention) bool {
	if !rivalMeetingOn || src.Code == tgt.Code {
		return false
	}
	switch {
	case strings.HasPrefix(code, "040"), strings.HasPrefix(code, "041"):
	case strings.HasPrefix(code, "046") && s.tok(i).UPOS == "VERB":
	default:
		return false
	}
	return s.rivals(src, tgt) && !s.rivalGuarded(i, src, tgt)
}
