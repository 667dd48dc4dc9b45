package coder

// ObjectControl switches the fifteenth session's rule that the object of
// a verb of object control does its infinitive's act, and that an act
// let, helped or invited to talks is not coded (control19).
var ObjectControl = &objectControlSwitch

// PermittedObject switches the reading of a noun trigger that is the
// object of a permitted infinitive ("freeing its troops to resume
// drills") as permitted, not done (nogold21).
var PermittedObject = &permittedObject
