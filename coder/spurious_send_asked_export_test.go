package coder

// SendAsked switches the fourteenth session's rule that a deployment
// proposed or made possible is not one (lowprec18b).
var SendAsked = &sendAskedSwitch
