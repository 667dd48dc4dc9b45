package coder

// MisreadPastOwner switches the doer named by its owner in misreadPast
// (lex32).
var MisreadPastOwner = &misreadPastOwnerOn
