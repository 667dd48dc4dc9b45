package coder

// Targets told only by a country adjective on an object the entry
// consumes as the kind of thing acted on.

import "sitrep"

// consumedObjectCountry switches consumedObjectTarget on (tests turn it
// off).
var consumedObjectCountry = true

// consumedObjectTarget gives an entry whose object only says what was
// acted on ("struck Syrian targets", "expelled Afghan migrants",
// "closed the Swedish embassy") and whose frame names no party the
// country of the object's adjective, when it is not the doer's own
// ("deployed Turkish troops" names the doer, not the target).
func (s *sent) consumedObjectTarget(cd candidate, sources []*sitrep.ActorMention) []*sitrep.ActorMention {
	if cd.entry.Obj == nil || cd.args.obj < 0 || len(sources) == 0 {
		return nil
	}
	m := s.objectDemonym(cd.args.obj)
	if m == nil || m.Country == sources[0].Country {
		return nil
	}
	return []*sitrep.ActorMention{m}
}
