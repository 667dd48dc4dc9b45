package coder

// Switches of the twelfth session's date rules (day16), for the tests
// showing each is needed.
var (
	AlsoSameOccasion = &alsoSameOccasion
	PastScheduleDay  = &pastScheduleDay
)
