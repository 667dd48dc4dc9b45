package coder

// PronounPossessor switches pronounPossessor: "his visit", "her talks
// with X" are the named person's (seventeenth session, actor22).
var PronounPossessor = &pronounPossessorOn
