package coder

// AgreedPassive switches the twelfth session's rule (fresh16r) that an
// agreement told in an agentless passive is between the story's sides.
var AgreedPassive = &agreedPassiveOn

// NoPassiveSubject switches the status rule that a passive whose subject
// is told with "no" is negated.
var NoPassiveSubject = &noPassiveSubject

// ReceivedRequest switches the rule that a request received is the
// requester's appeal, not a visit.
var ReceivedRequest = &receivedRequestOn
