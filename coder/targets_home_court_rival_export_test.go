package coder

// HomeCourt switches the twelfth session's rule that a lawsuit in a
// court not named as international is aimed at home (guess16).
var HomeCourt = &homeCourtSwitch

// RivalRejected switches the rule that a rejection answers a rebel or
// opposition group of the source's own country named in its clause.
var RivalRejected = &rivalSwitch
