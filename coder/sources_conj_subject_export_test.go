package coder

// MisreadConjClimbs switches the climb from a misread noun head to its
// governing verb (sources_conj_subject.go).
var MisreadConjClimbs = &misreadConjClimbs

// ParticipleOpeners switches the sentence's opening phrase as the subject
// of a verb after a participle set off by commas.
var ParticipleOpeners = &participleOpeners

// AskedSpeechActs switches "ask" as a speech act.
var AskedSpeechActs = &askedSpeechActs
