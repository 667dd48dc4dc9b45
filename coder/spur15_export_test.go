package coder

// NotRuledOut switches the eleventh session's rule (spur15) dropping a
// negated "rule out".
var NotRuledOut = &notRuledOut
