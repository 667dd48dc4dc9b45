package coder

// JudgedAct switches the narrowing of an outsider's praise, demand or
// criticism of a one-sided act to the side that took it (judged18).
var JudgedAct = &judgedActSwitch

// JudgedUntold switches judgedActSide's fallback to the story's
// most-mentioned side when no step of either side was told (spur20).
var JudgedUntold = &judgedUntoldSwitch
