package coder

// IndefiniteHearsay switches the twelfth session's wider hearsay ("a
// report that ...", and a "that" the parser read as a relative).
var IndefiniteHearsay = &indefiniteHearsay

// WithPartyApart switches the twelfth session's reading of coordinated
// sources that talk "with" a party of their own.
var WithPartyApart = &withPartyApart
