package coder

// ThisWeekPast switches the month of a past act told "this week".
var ThisWeekPast = &thisWeekPast

// OccasionAnchor switches the day of an act told at an occasion the
// story has dated.
var OccasionAnchor = &occasionAnchor

// DatelineFiled switches the dateline's day for a story published the
// day after.
var DatelineFiled = &datelineFiled

// IntentStatedNow switches the occurred status of an intent to
// cooperate told with "would" or "will".
var IntentStatedNow = &intentStatedNow

// PastAnaphoric switches the offset day of a past act counted from a
// day to come.
var PastAnaphoric = &pastAnaphoric

// FactClauses switches the status of a "while" or "because" clause under
// a modal.
var FactClauses = &factClauses
