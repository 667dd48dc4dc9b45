package coder

// DutyOnly switches the fourteenth session's rule that an act a party
// should or must do is not coded (hypo18).
var DutyOnly = &dutyOnlySwitch
