package coder

// HomeVisit switches the eleventh session's rule that a trip to a place
// of the visitor's own country has no foreign host (host15).
var HomeVisit = &homeVisitSwitch
