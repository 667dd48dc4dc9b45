package coder

// LedBodyLeader switches the rule that an international body the article
// calls "X-led" is coded as country X in its events (target21).
var LedBodyLeader = &ledBodyLeader
