package coder

// PerfectInfinitive switches the twenty-first session's reading of a
// perfect infinitive ("claim to have conducted a test on Wednesday") as
// a told act whose day is not the trigger's.
var PerfectInfinitive = &perfectInfinitive
