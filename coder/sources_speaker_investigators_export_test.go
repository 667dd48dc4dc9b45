package coder

// SpeakerInvestigators switches the rule that an inquiry by a bare
// investigative body the actor coder placed nowhere is the speaker's
// country's (legal26).
var SpeakerInvestigators = &speakerInvestigatorsOn

// UnplacedPatientsGuard switches speakerInvestigators' guard for an
// inquiry into people the coder cannot place.
var UnplacedPatientsGuard = &unplacedPatientsGuard
