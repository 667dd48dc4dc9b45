package coder

// TalksTopic switches the rule that talks named as the topic of another
// noun ("the decision on talks") or in a "since" clause are no talks held.
var TalksTopic = &talksTopicSwitch

// TalksSpan switches the rule that "held a day of talks" is held talks.
var TalksSpan = &talksSpanSwitch
