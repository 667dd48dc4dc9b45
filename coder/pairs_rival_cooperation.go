package coder

import (
	"strings"

	"sitrep"
)

// rivalCooperationOn switches rivalCooperation (seventeenth session,
// pnmiss23).
var rivalCooperationOn = true

// rivalCooperation reports verbal cooperation (05x: endorse, praise,
// thank, congratulate) between two named people of one country with
// different surnames: "Carly Fiorina threw her support behind Sen. Ted
// Cruz", "Peter Welch is supporting Sen. Bernie Sanders". A same-country
// pair of a cooperative act is otherwise a misread sentence (nobody
// backs itself), but politicians of one country endorsing and praising
// each other is the daily copy of campaign news, and the gold codes it
// country to country (USA>USA 051). Conflictual acts between such
// rivals were kept already (rivals). Not talks or promises (04x, 03x): a
// same-country meeting of two named people is as often a government's own
// business the gold does not code (tried here: as many spurious as
// matched); meetings of people in different roles are rivalMeeting's
// (pairs_rival_meeting.go), asked beside this at the same place.
//
// Trigger i: rivalGuarded (pairs_rival_cooperation_guards.go) leaves out
// the readings that are not one person backing another.
func (s *sent) rivalCooperation(i int, code string, src, tgt *sitrep.ActorMention) bool {
	return rivalCooperationOn && strings.HasPrefix(code, "05") && s.rivals(src, tgt) && !s.rivalGuarded(i, src, tgt)
}
