package coder

// ObjectContent switches the rule that a party named only in a
// restrictive relative clause of what the act's object would do is no
// guess for its target (pair23).
var ObjectContent = &objectContentOn

// BillContent switches the rule that an act on a bill told by what the
// bill would do is aimed at home (pair23).
var BillContent = &billContentOn
