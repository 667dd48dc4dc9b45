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

// protestsAtHome switches the home target of a crowd's protest whose
// frame names no one (tests turn it off).
var protestsAtHome = true

// protestAtHome reports a protest (14x) whose target is to be guessed:
// like a riot, a rally, march or strike that names no foreign actor in
// its own frame ("against Israel", "outside the Swedish embassy") is the
// crowd's against its own authorities, whatever foreign country the
// sentence names ("students protested against the defence deal with
// Washington" is PNG→PNG; the guide's domestic acts).
func protestAtHome(code string) bool {
	return protestsAtHome && strings.HasPrefix(code, "14")
}

// inOwnFrame reports an actor below the trigger i in the parse, reached
// without passing through its subject or a relative clause: named in the
// act's own frame ("rallied to demand that French troops leave"), not in
// what the sentence says of the doers ("opposition groups, who accuse
// Pashinyan of abandoning Russia's protection, held a rally") or in
// another clause.
func (s *sent) inOwnFrame(m *sitrep.ActorMention, i int) bool {
	tok := s.firstTokIn(m)
	for k := tok; k >= 0; k = s.head(k) {
		if k == i {
			return true
		}
		if s.rel(k) == "nsubj" && s.head(k) == i {
			return false
		}
		if sj := s.child(k, "nsubj"); sj >= 0 && relPronouns[s.lemma(sj)] {
			// (A relative clause, however the parse hangs it.)
			return false
		}
	}
	return false
}
