package coder

// AdjacentInfinitive switches the seventeenth session's reading of an
// infinitive right after its verb, parsed as an adverbial clause, as the
// verb's complement (frames22).
var AdjacentInfinitive = &readAdjacentInfinitive
