package coder

// SamePastFormWeekday switches the twenty-first session's reading of
// "hit", "cut", "shut" ... tagged in the present as past with a weekday.
var SamePastFormWeekday = &samePastFormWeekday
