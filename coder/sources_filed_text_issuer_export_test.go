package coder

// FiledIssuers switches the rule that a text named again ("the
// resolution", "the case") stands for its issuer named before (cross28).
var FiledIssuers = &filedIssuers
