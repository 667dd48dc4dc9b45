package coder

// FellowDonor switches the rule that a fellow giver, subject of another
// clause, is no recipient of an aid act (pair30).
var FellowDonor = &fellowDonorOn
