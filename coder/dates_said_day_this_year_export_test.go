package coder

// SayingsKeepTarget switches the thirteenth session's rule that a said
// act takes an earlier telling's day only from one with the same target.
var SayingsKeepTarget = &sayingsKeepTarget

// PlanNotSaidDay switches the thirteenth session's rule that a plan is
// not dated by the day it was announced on.
var PlanNotSaidDay = &planNotSaidDay

// YearOfDoneAct switches the thirteenth session's rule that an act done
// "this year" is dated by its year.
var YearOfDoneAct = &yearOfDoneAct
