package coder

// Fourteenth session (hypo18): what a party should or must do is not done.

// dutyOnlySwitch switches dutyOnly.
var dutyOnlySwitch = true

// dutyOnly reports an active verb under "should" or "must" ("both sides
// should agree to a truce", "the alliance must shoot down such drones",
// "the parliament must still ratify the deal"): an obligation, advice or
// demand of the speaker, not an act done, planned or supposed. (The
// passive "must still be ratified" is skipped already; mustDemands codes
// the demand where the speaker is another actor.) A signing or
// ratification (057) a deal still requires is its next step, planned:
// "the parliament must ratify the treaty, and will vote this month".
func (s *sent) dutyOnly(i int, e *Entry) bool {
	return dutyOnlySwitch && e.Code != "057" && s.hasKid(i, "aux", "should", "must")
}
