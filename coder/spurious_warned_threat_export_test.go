package coder

// WarnedThreat switches dropWarnedThreat (a threat told inside a warning
// of the same pair is dropped).
var WarnedThreat = &warnedThreat
