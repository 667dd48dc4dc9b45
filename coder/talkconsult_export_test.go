package coder

// TalkConsult switches repeat20's drop of a bare "talk with" (040) told
// beside talks, a call or a visit of the same pair on the same day.
var TalkConsult = &talkConsult
