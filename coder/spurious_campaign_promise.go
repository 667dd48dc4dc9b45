package coder

import "sitrep"

// Seventeenth session (pnspur23): a candidate's promise of force or
// coercion.

// campaignPromiseSwitch switches dropCampaignPromises.
var campaignPromiseSwitch = true

// dropCampaignPromises drops the planned or supposed acts of force,
// coercion and sanction (CAMEO roots 15 to 20) of an actor out of office
// — the actor coder's opposition sector (OPP), which in campaign copy
// holds the candidates: "vowed to bomb the hell out of ISIS", "said he
// would deport refugees", "promising to impose 35 percent tariffs". Such
// a promise is a platform, what the speaker would do once elected, and
// neither the act nor an event of its own: the coders of real news code
// none. A government's or an armed group's threat stays (another
// sector), and so does the candidate's promise of words (a root below
// 15, "will meet", "would ask").
func dropCampaignPromises(events []sitrep.Event) []sitrep.Event {
	if !campaignPromiseSwitch {
		return events
	}
	out := events[:0]
	for _, e := range events {
		if campaignPromise(e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func campaignPromise(e sitrep.Event) bool {
	if e.Status != sitrep.StatusPlanned && e.Status != sitrep.StatusHypothetical {
		return false
	}
	if e.Source == nil || e.Source.Sector != "OPP" || len(e.CAMEO) < 2 {
		return false
	}
	r := e.CAMEO[:2]
	return r >= "15" && r <= "20"
}
