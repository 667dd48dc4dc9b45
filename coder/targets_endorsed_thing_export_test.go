package coder

// EndorsedThing switches the rule (spur28) guessing no far party as the
// target of "support"/"back" whose object is a thing naming no party.
var EndorsedThing = &endorsedThingOn
