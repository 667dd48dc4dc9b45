package coder

// NotRuledOut switches the eleventh session's rule (spur15) dropping a
// negated "rule out".
var NotRuledOut = &openRuleOut

// ConditionActs switches the rule (spur15) dropping a refusal that is
// the verb of an "if" or "unless" clause.
var ConditionActs = &conditionActs
