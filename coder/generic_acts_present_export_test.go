package coder

// GenericForce switches the rule (spur28) dropping force told in the
// simple present with no time of its own.
var GenericForce = &genericForceOn
