package coder

// TargetingClause switches the rule that a participle "targeting X" on
// an act names its target (target21).
var TargetingClause = &targetingClause

// FurtherMeasure switches the rule that a further measure of the same
// code goes to the earlier measure's target (target21).
var FurtherMeasure = &furtherMeasure
