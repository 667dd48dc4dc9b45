package coder

// AdjacentInfinitive switches the seventeenth session's reading of an
// infinitive right after its verb, parsed as an adverbial clause, as the
// verb's complement (frames22).
var AdjacentInfinitive = &readAdjacentInfinitive

// SpacedInfinitive switches the same reading with the verb's adverbs and
// phrases between it and the infinitive.
var SpacedInfinitive = &readSpacedInfinitive
