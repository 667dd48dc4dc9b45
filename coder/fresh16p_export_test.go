package coder

// IndefiniteHearsay switches the twelfth session's wider hearsay ("a
// report that ...", and a "that" the parser read as a relative).
var IndefiniteHearsay = &indefiniteHearsay

// WithPartyApart switches the twelfth session's reading of coordinated
// sources that talk "with" a party of their own.
var WithPartyApart = &withPartyApart

// ToldAhead switches the twelfth session's dating of an act summed up in
// the present perfect by its later telling with a day.
var ToldAhead = &toldAhead
