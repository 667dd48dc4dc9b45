package coder

// ScheduledSubject switches the eleventh session's rule giving "is
// expected to meet" the passive's subject.
var ScheduledSubject = &scheduledSubject

// ExistentialRefusal switches the eleventh session's reading of "there
// will be no talks" as a refusal.
var ExistentialRefusal = &existentialRefusal
