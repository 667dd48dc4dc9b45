package coder

// DemandedConditions switches the rule (realspur2) dropping the act of
// an "only if" clause: a condition demanded of another party.
var DemandedConditions = &demandedConditions
