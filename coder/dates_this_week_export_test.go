package coder

// ThisWeekPast switches the month of a past act told "this week".
var ThisWeekPast = &thisWeekPast
