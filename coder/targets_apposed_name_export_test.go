package coder

// ApposedTarget switches the target named in an argument's apposition
// (lex32).
var ApposedTarget = &apposedTargetOn
