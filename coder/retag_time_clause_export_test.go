package coder

// TimeClauseRepair switches retag_time_clause.go.
var TimeClauseRepair = &timeClauseRepair
