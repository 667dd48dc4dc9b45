package coder

// HedgedActs switches hedges as hypothetical or reported (status_hedged.go).
var HedgedActs = &hedgedActs
