package coder

// RefusedActs switches leaving a refused act uncoded and coding a refusal
// of talks 125 (refused_acts.go).
var RefusedActs = &refusedActs
