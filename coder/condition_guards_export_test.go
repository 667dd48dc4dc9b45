package coder

// ConditionPart switches the fifteenth session's rule that the acts of an
// "unless" or "until" clause the parse does not mark are not coded
// (spur19).
var ConditionPart = &conditionPartSwitch

// AvoidedAct switches the rule that an act under "avoid" or "refrain" is
// not coded (spur19).
var AvoidedAct = &avoidedActSwitch

// FreedTo switches the rule that "freed its troops to resume drills" is
// no release (spur19).
var FreedTo = &freedToSwitch
