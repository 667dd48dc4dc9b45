package coder

// ZeroRelative switches the twelfth pass's zero-relative denials, for the
// tests that check each case fails without them.
var ZeroRelative = &zeroRelative
