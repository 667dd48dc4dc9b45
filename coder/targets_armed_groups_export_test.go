package coder

// ArmedAtHome switches the rule that words aimed at armed groups the
// text places in no country (or only by the dateline) are aimed at the
// speaker's own country (pair19).
var ArmedAtHome = &armedAtHomeSwitch
