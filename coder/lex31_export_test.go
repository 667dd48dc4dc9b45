package coder

// PromiseEntry switches the "promise" condition of lexicon rows (lex31):
// off, a row so marked codes its trigger whatever its tense.
var PromiseEntry = &promiseEntryOn
