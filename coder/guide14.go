package coder

import (
	"strings"

	"sitrep"
)

// Eleventh session (guide14): rules of the gold guide
// (evalsets/events/GUIDE.md) the coder did not keep.

// guideBodiesOnly switches the drop of events with an international body
// outside the guide's table (tests turn it off).
var guideBodiesOnly = true

// guideBodies are the intergovernmental bodies the guide codes (its
// Actors table); the UN's agencies and courts are the UN.
var guideBodies = setOf("IGOWSTNAT", "IGOEUREEC", "IGOAFRAU", "IGOSEAASN", "IGOWAFWAS")

// codableBody reports whether an event end is an actor the guide codes:
// a country, no one, or a body of its table. Both ends of an event must
// be codable ("Both ends must be actors we can code"), so an act of or
// toward the OAS, the Arab League, the GCC or the IMF is no event.
func codableBody(a *sitrep.EventActor) bool {
	if a == nil || a.Country != "" || !strings.HasPrefix(a.Code, "IGO") {
		return true
	}
	return strings.HasPrefix(a.Code, "IGOUNO") || guideBodies[strings.ToLower(a.Code)]
}

// dropUncodedBodies removes the events with an end the guide does not
// code as an actor.
func dropUncodedBodies(evs []sitrep.Event) []sitrep.Event {
	if !guideBodiesOnly {
		return evs
	}
	kept := evs[:0]
	for _, ev := range evs {
		if codableBody(ev.Source) && codableBody(ev.Target) {
			kept = append(kept, ev)
		}
	}
	return kept
}
