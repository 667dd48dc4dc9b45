package coder

// ConditionConcessions switches the rule (spur28) dropping a concession
// (08) that is only the condition a party of the main clause sets for its
// own act.
var ConditionConcessions = &conditionConcessions
