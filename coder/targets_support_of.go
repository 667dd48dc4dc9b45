package coder

// supportOfOn lets an entry's "of" target be found inside an in-phrase
// of the trigger: "Graham has come out in support of Cruz", the
// of-phrase hung on "support" (seventeenth session, pnmiss23; the row
// "come advmod=out in=support @of"). Only "in": an of-phrase inside
// other obliques ("arrests, including some associates of the
// strongman") names no party of the act.
var supportOfOn = true
