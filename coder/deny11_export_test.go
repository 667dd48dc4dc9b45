package coder

// ToldForceOnly switches the eleventh session's rule keeping planned or
// weighed acts out of the story's last forceful act.
var ToldForceOnly = &toldForceOnly
