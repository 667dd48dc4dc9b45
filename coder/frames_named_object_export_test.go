package coder

// NamedObject switches the reading of "called Museveni" (a named actor
// the verb's only complement) as a telephone call (frame31).
var NamedObject = &readNamedObject
