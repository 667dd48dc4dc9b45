package coder

// ThisWeekSoFar switches the twenty-first session's dating of a past act
// "this week" by the month of the week's days up to the story's day.
var ThisWeekSoFar = &thisWeekSoFarSwitch
