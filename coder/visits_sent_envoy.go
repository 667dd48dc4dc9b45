package coder

import (
	"strings"

	"sitrep"
)

// sentEnvoyHostSwitch gives "sent a delegation / envoy / minister to
// <place>" the host's 043 beside the sender's 042 (visit17b): the guide
// codes the host of a visit 043 toward the traveller. Like a bare
// flight, a delegation is often told beside the talks it was sent for,
// and the gold then codes those; so both events are kept only when the
// article has no other 04 event between the pair.
var sentEnvoyHostSwitch = true

// sentEnvoyRule is the lexicon description of visit17b's row.
const sentEnvoyRule = "send envoys (a visit)"

// visitOnlyRule reports an event of a rule that tells a journey alone
// (a flight, a delegation sent): it is no other 04 act for the drop.
func visitOnlyRule(e *sitrep.Event) bool {
	return strings.HasSuffix(e.Rule, flownVisitRule) || strings.HasSuffix(e.Rule, sentEnvoyRule)
}

// loneVisitRule reports a visit rule whose events stand only when the
// article tells no other 04 act between the pair; off reports a rule
// whose switch is off, so its events are dropped whatever the article.
func loneVisitRule(e *sitrep.Event) (lone, off bool) {
	switch {
	case strings.HasSuffix(e.Rule, flownVisitRule):
		return true, !flownVisitSwitch
	case strings.HasSuffix(e.Rule, sentEnvoyRule):
		// Off: the sender's 042 stands alone, as the older "send
		// envoys" row codes it.
		if !sentEnvoyHostSwitch {
			return false, e.CAMEO == "043"
		}
		return true, false
	}
	return false, false
}

// unhostedEnvoy reports the host's 043 of a delegation not (yet) sent
// ("will send a delegation", "did not send an envoy"): a dispatch still
// to come is told from the sender's side, and the host has received no
// one; the sets code the host of a planned dispatch only now and then.
func unhostedEnvoy(e *sitrep.Event) bool {
	return e.CAMEO == "043" && strings.HasSuffix(e.Rule, sentEnvoyRule) &&
		e.Status != sitrep.StatusOccurred
}
