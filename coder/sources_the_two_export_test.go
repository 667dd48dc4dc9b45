package coder

// TheTwo switches the rule that a bare "the two" subject (and, with the
// same switch, none else) stands for the last two parties named before
// it in its sentence or the one before (actorless19).
var TheTwo = &theTwoRule

// KeepTalking switches the guard that "keep talking" codes no meeting
// (actorless19).
var KeepTalking = &keepTalkingRule

// ProposedBegin switches talksProposed's "proposed that talks begin" and
// "a resolution urging talks" cases (actorless19).
var ProposedBegin = &proposedBegin
