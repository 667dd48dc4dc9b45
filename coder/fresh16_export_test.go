package coder

// AgreedPassive switches the twelfth session's rule (fresh16r) that an
// agreement told in an agentless passive is between the story's sides.
var AgreedPassive = &agreedPassiveOn

// NoPassiveSubject switches the status rule that a passive whose subject
// is told with "no" is negated.
var NoPassiveSubject = &noPassiveSubject
