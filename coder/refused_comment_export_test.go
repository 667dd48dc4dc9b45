package coder

// RefusedComment switches "would not confirm" coded as declining to
// comment (judge30).
var RefusedComment = &refusedCommentSwitch

// GeneralOpposition switches the opposition in general coded nothing
// (judge30).
var GeneralOpposition = &generalOppositionSwitch

// DrawnJudgement switches "drew criticism from" coded from the critics
// (judge30).
var DrawnJudgement = &drawnJudgementSwitch
