package coder

// OwnGovernment switches the rule that a country's lawmakers, parties or
// opposition addressing "the government" bare address their own
// (target21).
var OwnGovernment = &ownGovernment
