package coder

// DatelineSpeakers switches the rule that a verbal act's unplaced
// speaker, in a story filed from one of its two main sides, is of the
// dateline's country (speech18).
var DatelineSpeakers = &datelineSpeaker
