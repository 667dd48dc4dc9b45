package coder

// PronounObject switches the fifteenth session's reading of a pronoun
// object through the object of an earlier verb (objlex19).
var PronounObject = &readPronounObject
