package coder

// CountedWeeks switches the twenty-first session's dating of "two weeks
// ago" by its week's month.
var CountedWeeks = &countedWeeks
