package coder

// SaidClauseNotRelative switches the said clause misread as a relative
// one (dates_misread_relative.go).
var SaidClauseNotRelative = &saidClauseNotRelative
