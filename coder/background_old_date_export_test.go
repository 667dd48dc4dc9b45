package coder

// OldDated switches the rule (realspur2) dropping an act whose date,
// found from the words around it, is half a year or more before the story.
var OldDated = &oldDatedOn

// LastDay is lastDay (the last day a date can mean; zero when it does
// not parse).
var LastDay = lastDay
