package coder

// JudgedAct switches the narrowing of an outsider's praise, demand or
// criticism of a one-sided act to the side that took it (judged18).
var JudgedAct = &judgedActSwitch
