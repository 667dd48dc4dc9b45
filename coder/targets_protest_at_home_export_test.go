package coder

// ProtestsAtHome switches the eleventh session's home target of a
// protest whose frame names no foreign actor.
var ProtestsAtHome = &protestsAtHome
