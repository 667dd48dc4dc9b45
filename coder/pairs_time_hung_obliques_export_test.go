package coder

// TimeHungObliques switches the partner's phrase hung on a time phrase
// (pnmiss).
var TimeHungObliques = &timeHungObliquesOn
