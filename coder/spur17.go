package coder

import (
	"strings"

	"sitrep"
)

// guideIGOsSwitch switches dropOtherIGOs (tests turn it off).
var guideIGOsSwitch = true

// guideIGOs are the organisations the gold guide codes as actors of their
// own: the UN (with its agencies), NATO, the EU, the African Union, ASEAN
// and ECOWAS. The guide names no others, and its coders give none of
// them an event: in the fifteen tuning sets not one of 7214 gold events
// has the OAS, the Arab League, the GCC, the CSTO, the WTO, the IMF, the
// G20 or Interpol at either end, while the coder's 28 events with such an
// end were all spurious (thirteenth session, spur17).
var guideIGOs = map[string]bool{"IGOUNO": true, "IGOWSTNAT": true, "IGOEUREEC": true, "IGOAFRAU": true, "IGOSEAASN": true, "IGOWAFWAS": true}

// otherIGO reports an end that is an organisation outside guideIGOs: one
// with no country whose code is an IGO's.
func otherIGO(a *sitrep.EventActor) bool {
	if a == nil || a.Country != "" || !strings.HasPrefix(a.Code, "IGO") {
		return false
	}
	return !guideIGOs[orgKey(a.Code)]
}

// dropOtherIGOs removes the events with an organisation outside the
// guide's at either end ("the OAS urged both sides", "Armenia accused the
// CSTO"): no actor the guide codes.
func dropOtherIGOs(evs []sitrep.Event) []sitrep.Event {
	if !guideIGOsSwitch {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		if !otherIGO(e.Source) && !otherIGO(e.Target) {
			out = append(out, e)
		}
	}
	return out
}

// possibleIntentSwitch switches possibleIntent (tests turn it off).
var possibleIntentSwitch = true

// possibleIntent reports an intent to cooperate (03) that its own verb
// puts as a mere possibility, with "could", "might" or "may": "said it
// might offer emergency support", "Singapore could invite Indonesia to
// join later". CAMEO's 03 is a stated willingness; a possibility a
// speaker raises commits nobody to anything, and the gold guide codes 03
// only as occurred (none of the fifteen tuning sets' gold 03 events is
// hypothetical). A willingness put under a condition ("ready for talks if
// the attacks stop") is still stated, and kept.
func (s *sent) possibleIntent(i int, ev *sitrep.Event) bool {
	if !possibleIntentSwitch || !strings.HasPrefix(ev.CAMEO, "03") || ev.Status != sitrep.StatusHypothetical {
		return false
	}
	return s.tok(i).UPOS == "VERB" && s.hasKid(i, "aux", possibleAux...)
}

// possibleAux are the modals of possibility.
var possibleAux = []string{"could", "might", "may"}
