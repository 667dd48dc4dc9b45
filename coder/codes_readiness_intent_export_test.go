package coder

// ReadyAct switches the fifteenth session's rule (otherroot19) coding a
// cooperative act of root 05-08 governed by a readiness word ("ready
// to", "wants to") as the intent (032, 031, 033, 035).
var ReadyAct = &readyActOn

// HopeToMeet switches the rule (otherroot19) reading "hope to" and a
// readiness word over "keep"/"continue" or "a round of" as an offer of
// talks (036).
var HopeToMeet = &hopeToMeetOn
