package coder

// IndefiniteHearsay switches the twelfth session's wider hearsay ("a
// report that ...", and a "that" the parser read as a relative).
var IndefiniteHearsay = &indefiniteHearsay
