package coder

// NeitherNors switches "neither … nor" as negation (status_neither_nor.go).
var NeitherNors = &neitherNors
