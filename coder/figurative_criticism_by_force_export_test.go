package coder

// CriticismByForce switches the guard of figurative_criticism_by_force.go
// (a verb of criticism used for a blow) for the tests.
var CriticismByForce = &criticismByForceOn
