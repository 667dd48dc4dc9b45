package coder

// AgencyCredit switches the rule (spur30) that the agency a dateline
// credits ("(AP)") is no actor of the story.
var AgencyCredit = &agencyCreditOn
