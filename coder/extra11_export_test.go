package coder

// ObjectFirst switches the eleventh session's reading of "called X ... on
// Y" (an object before the "on" or "for" phrase) as naming, not appeal.
var ObjectFirst = &objectFirst
