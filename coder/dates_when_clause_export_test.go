package coder

// WhenClauseDay switches the "when" clause day rule, for the test
// showing it is needed.
var WhenClauseDay = &whenClauseDay

// HeadlineDay switches the headline's date rule.
var HeadlineDay = &headlineDay

// TripPurposeDay switches the day of a trip's purpose.
var TripPurposeDay = &tripPurposeDay

// EveDay switches the day after "the eve of".
var EveDay = &eveDay
