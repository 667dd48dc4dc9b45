package coder

// SpeakerConjDeeps switches the rule that a speech act coordinated with
// a verb deep inside a reported clause is the speaker's (party17).
var SpeakerConjDeeps = &speakerConjDeeps
