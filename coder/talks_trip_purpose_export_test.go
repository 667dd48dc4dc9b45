package coder

// TripTalks switches the rule that talks "for" which someone travels are
// the traveller's, and name no side guessed from the story when they have
// no with-phrase.
var TripTalks = &tripTalksSwitch
