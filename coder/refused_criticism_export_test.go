package coder

// RefusedCriticism switches the criticism or threat declined, coded
// negated (miss26).
var RefusedCriticism = &refusedCriticismOn
