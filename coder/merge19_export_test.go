package coder

// AnswerApart switches the fifteenth session's end of an accusation told
// with no "of" phrase at a semicolon or a trailing answer (merge19).
var AnswerApart = &answerApart
