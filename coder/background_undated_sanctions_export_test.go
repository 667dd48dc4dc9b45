package coder

// UndatedSanctions switches the rule (root26) leaving uncoded the noun
// "sanctions" that names measures already in force.
var UndatedSanctions = &undatedSanctionsOn
