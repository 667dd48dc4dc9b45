package coder

// LightObliques switches the rule that a noun act carried by a light
// verb takes the prepositional phrases the parse hung on that verb
// (pair17).
var LightObliques = &lightObliques
