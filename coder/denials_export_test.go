package coder

// ZeroRelative switches the zero-relative denials ("a charge X
// rejected"), for the tests that check each case fails without them.
var ZeroRelative = &zeroRelative

// NoPartDenial switches the "had nothing to do with" denials.
var NoPartDenial = &noPartDenial

// WhichDenial switches the ", which X denied" ending of an accusation.
var WhichDenial = &whichDenial

// DeniedTold switches the denial of an act told in an earlier sentence.
var DeniedTold = &deniedTold
