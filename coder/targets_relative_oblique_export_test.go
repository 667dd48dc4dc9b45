package coder

// RelativeOblique switches relativeAntecedent: "X, with whom Y met" is a
// meeting with X (seventeenth session, actor22).
var RelativeOblique = &relativeObliqueOn
