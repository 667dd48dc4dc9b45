package coder

// AheadWeekday switches the fourteenth session's rule that a bare weekday
// told of a possibility, a timetable or an intention is the coming one.
var AheadWeekday = &aheadWeekday
