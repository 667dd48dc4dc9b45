package coder

// GovernedPeriod switches the governing verb's time expression for acts
// told inside its act (dates_governing_verb.go).
var GovernedPeriod = &governedPeriod
