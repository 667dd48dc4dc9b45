package coder

// PromisedSupport switches the fourteenth session's rule (root18)
// coding support promised with "will" or "would" in reported speech as
// an intent (032).
var PromisedSupport = &promisedSupportOn

// VisitorName switches the rule (root18) reading a person's name as the
// object of "welcome" as a visitor received (043).
var VisitorName = &visitorNameOn
