package coder

// OtherOccasionDay switches the day of an occasion after "after",
// "before" or "since" kept off the act (dates_other_occasion.go).
var OtherOccasionDay = &otherOccasionDay
