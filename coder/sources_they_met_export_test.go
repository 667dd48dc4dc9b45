package coder

// TheyMet switches "they" meeting as the parties the sentence before
// named as its subject (pnmiss).
var TheyMet = &theyMetOn
