package coder

// PhraseOrder switches the rule (spur30) that a lexicon entry's phrase of
// any noun ("call on=*") is neither fronted before the trigger nor after
// another phrase of it.
var PhraseOrder = &phraseOrderOn
