package coder

// SourcedDenial switches the eleventh session's rule (deny15) that a
// denial of an act told "According to X, ..." answers no one.
var SourcedDenial = &sourcedDenial
