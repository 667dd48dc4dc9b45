package coder

// BareBodyDenials switches the rule that a bare body's denial ("the
// ministry denied ..."), in a story filed from one of its two main
// sides, is of the dateline's country without an addressee (govbody20).
var BareBodyDenials = &bareBodySpeech
