package coder

// HappeningTopic switches the rule that a refusal to comment on a
// happening no party owns has no target (pair18).
var HappeningTopic = &happeningTopicSwitch
