package coder

// AsideSubject switches the subject found past an aside set off by
// commas (lex32).
var AsideSubject = &asideSubjectOn
