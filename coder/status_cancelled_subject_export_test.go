package coder

// CancelledSubjects switches a noun act as the subject of a passive
// cancel (status_cancelled_subject.go).
var CancelledSubjects = &cancelledSubjects
