package coder

import (
	"strings"

	"sitrep"
)

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
	if e.Source == nil || len(e.CAMEO) < 2 {
		return false
	}
	r := e.CAMEO[:2]
	switch e.Source.Sector {
	case "OPP":
		return r >= "15" && r <= "20"
	case "LEG":
		return legislatorPromise(e.CAMEO)
	}
	return false
}

// legislatorPromiseSwitch switches the legislators' half of
// campaignPromise (kbusfix23).
var legislatorPromiseSwitch = true

// legislatorPromise (kbusfix23): a legislator (LEG) commands no forces,
// police or deportations, so his planned or supposed show of force (15),
// coercion (17, but 172 administrative sanctions, which a legislature
// does pass), assault (18), fight (19) or mass violence (20) is a
// campaign promise too: "Sen. Ted Cruz (R-Tex.) said he would deport all
// 11 million", "promising to carpet bomb them". Sanctions and cuts of
// aid (16) stay: a legislature passes those.
func legislatorPromise(cameo string) bool {
	if !legislatorPromiseSwitch {
		return false
	}
	r := cameo[:2]
	switch {
	case r == "15", r >= "18" && r <= "20":
		return true
	case r == "17":
		return !strings.HasPrefix(cameo, "172")
	}
	return false
}
