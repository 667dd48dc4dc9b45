package coder

// SourcedDenial switches the eleventh session's rule (deny15) that a
// denial of an act told "According to X, ..." answers no one.
var SourcedDenial = &sourcedDenial

// SourcedSameSentence switches the sixteenth session's rule (deny21)
// that a denial after a trailing ", according to X" in its own sentence
// answers no one.
var SourcedSameSentence = &sourcedSameSentence
