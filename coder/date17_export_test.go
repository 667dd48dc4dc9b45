package coder

// SayingsKeepTarget switches the thirteenth session's rule that a said
// act takes an earlier telling's day only from one with the same target.
var SayingsKeepTarget = &sayingsKeepTarget
