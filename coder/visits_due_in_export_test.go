package coder

// DueIn switches the reading of "X is due in PLACE" as a planned visit
// (lex32).
var DueIn = &dueInOn
