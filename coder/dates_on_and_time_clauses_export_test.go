package coder

// Switches of the eleventh session's date rules (date14), for the tests
// showing each rule is needed.
var (
	OnDayNotPossessive = &onDayNotPossessive
	AfterClauseDay     = &afterClauseDay
)

// TimeClauseByOrder switches dates_time_clause_order.go.
var TimeClauseByOrder = &timeClauseByOrder
