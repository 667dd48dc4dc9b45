package coder

// DatelineCrowd switches the dateline's people as the doers of a
// protest by an unplaced crowd (realmiss).
var DatelineCrowd = &datelineCrowdOn
