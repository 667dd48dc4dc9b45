package coder

// OtherOccasionDay switches the day of an occasion after "after",
// "before", "since" or "following" kept off the act
// (dates_other_occasion.go).
var OtherOccasionDay = &otherOccasionDay
