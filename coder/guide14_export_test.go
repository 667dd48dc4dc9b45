package coder

// GuideBodiesOnly switches the eleventh session's drop of events with an
// international body outside the gold guide's table.
var GuideBodiesOnly = &guideBodiesOnly

// ProtestsAtHome switches the eleventh session's home target of a
// protest whose frame names no foreign actor.
var ProtestsAtHome = &protestsAtHome
