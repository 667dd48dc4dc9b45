package coder

// Pair11Teller switches the eleventh session's rule keeping the teller of
// an "according to" phrase out of the guessed targets.
var Pair11Teller = &pair11Teller

// Pair11Kinds switches the eleventh session's rule picking the doer of
// the act of the kind a criticised noun names.
var Pair11Kinds = &pair11Kinds
