package coder

// FlownVisit switches the visit told by a bare "flew to <place>"
// (visit17).
var FlownVisit = &flownVisitSwitch

// FlownDedup switches the drop of a flown visit whose pair the article
// already gives another 04 event (visit17).
var FlownDedup = &flownDedupSwitch

// SentEnvoyHost switches the host's 043 of a delegation sent to a place
// (visit17b).
var SentEnvoyHost = &sentEnvoyHostSwitch
