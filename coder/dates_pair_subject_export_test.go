package coder

// PairSubjectGoesOn switches "the two" as a subject going on with the
// dated clause before it (dates_pair_subject.go).
var PairSubjectGoesOn = &pairSubjectGoesOn
