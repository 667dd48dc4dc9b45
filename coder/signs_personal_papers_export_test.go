package coder

// SignedPapers switches the rule (spur30) that signing autographs, a
// memo or a petition is no agreement.
var SignedPapers = &signedPapersOn
