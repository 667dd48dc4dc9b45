package coder

// AheadPast switches twin17's dating of a simple-past first telling by
// a later telling of the same act with its day.
var AheadPast = &aheadPast
