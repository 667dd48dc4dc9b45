package coder

// PrivateResign switches the rule (spur30) that a resignation (0831) by a
// private person (no sector, the press, business, schools, hospitals) is
// no change in a state's leadership.
var PrivateResign = &privateResignOn
