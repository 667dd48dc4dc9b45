package coder

// BothSidesPairs switches pairing the parties of "both sides" for acts
// otherwise sent home (pairs_both_sides.go).
var BothSidesPairs = &bothSidesPairs
