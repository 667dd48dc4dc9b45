package coder

// PromisedSupport switches the fourteenth session's rule (root18)
// coding support promised with "will" or "would" in reported speech as
// an intent (032).
var PromisedSupport = &promisedSupportOn
