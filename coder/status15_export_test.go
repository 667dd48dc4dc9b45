package coder

// PastClauses switches the eleventh session's stop at a past time clause
// under a plan ("agreed to begin talks after the ministers met").
var PastClauses = &pastClauses

// OwnTenses switches the eleventh session's reading of a conjunct with a
// tense of its own as free of the first conjunct's "would" or "will".
var OwnTenses = &ownTenses

// RuledOut switches the eleventh session's reading of "did not rule out"
// as leaving its complement possible.
var RuledOut = &ruledOut
