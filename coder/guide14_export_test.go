package coder

// GuideBodiesOnly switches the eleventh session's drop of events with an
// international body outside the gold guide's table.
var GuideBodiesOnly = &guideBodiesOnly
