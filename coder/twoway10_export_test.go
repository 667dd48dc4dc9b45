package coder

// AfterPast switches the tenth session's reading of talks or a meeting
// told in an "after" phrase as done, whatever the clause above plans.
var AfterPast = &afterPast

// ConditionSwitch switches the tenth session's drop of an act noun that
// is the subject of an "if" or "unless" clause.
var ConditionSwitch = &conditionSwitch
