package coder

// ObjectControl switches the fifteenth session's rule that the object of
// a verb of object control does its infinitive's act, and that an act
// let, helped or invited to talks is not coded (control19).
var ObjectControl = &objectControlSwitch
