package coder

// ConditionPart switches the fifteenth session's rule that the acts of an
// "unless" or "until" clause the parse does not mark are not coded
// (spur19).
var ConditionPart = &conditionPartSwitch
