package coder

// DemonymPair switches the rule that a subject noun modified by two
// country adjectives joined by "and" ("Latvian and Estonian engineers")
// stands for both countries (discuss19).
var DemonymPair = &demonymPairSwitch
