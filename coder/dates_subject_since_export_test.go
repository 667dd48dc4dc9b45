package coder

// SubjectSince switches the twenty-first session's reading of a "since"
// time inside the subject ("Museveni, in power since 1986, warned") as
// the subject's, not the act's.
var SubjectSince = &subjectSince
