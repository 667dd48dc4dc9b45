package coder

// JudgedWords switches the judgements of an actor told by an evaluative
// word under a verb of saying (judge23): "said Lee was unfit to lead",
// "said Brown was a courageous leader", "said Russia's reckless
// actions".
var JudgedWords = &judgedWordsSwitch
