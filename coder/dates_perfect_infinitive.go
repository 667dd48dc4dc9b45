package coder

// perfectInfinitive: a noun's clause in the perfect infinitive ("North
// Korea's claim to have conducted the test of a hydrogen bomb on
// Wednesday", "reports to have shelled the port on Friday") tells an act
// done before the one the trigger's verb tells, with no subject of its
// own, so actTold (dates.go) passed it over and the day dated the
// condemning. The clause now counts as told, as a noun's clause with a
// subject in the perfect does.
var perfectInfinitive = true
