package coder

// SplitTitleSpeakers switches the rule that a speaker named by a
// portfolio title the parse split from its holder ("Justice | Minister
// X") is the title's mention or of the dateline's country (titles20).
var SplitTitleSpeakers = &splitTitleSpeech
