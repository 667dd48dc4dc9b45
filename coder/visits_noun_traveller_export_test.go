package coder

// VisitNounTraveller switches the traveller of a visit noun named outside
// its phrase: a by-phrase, the subject of the clause the visit frames, or
// of a verb that ends it (visiting23).
var VisitNounTraveller = &visitNounTravellerOn

// VisitNounPlaceGuard switches the guard against a visit noun's
// destination that names no actor ("visits to the front lines").
var VisitNounPlaceGuard = &visitNounPlaceGuardOn
