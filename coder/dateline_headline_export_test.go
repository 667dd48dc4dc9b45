package coder

// DatelineHeadline switches the reading of a dateline after a headline
// line (dateline24) for a test.
var DatelineHeadline = &datelineHeadline
