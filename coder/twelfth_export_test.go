package coder

// ZeroRelative switches the twelfth pass's zero-relative denials, for the
// tests that check each case fails without them.
var ZeroRelative = &zeroRelative

// NoPartDenial switches the twelfth pass's "had nothing to do with" denials.
var NoPartDenial = &noPartDenial
