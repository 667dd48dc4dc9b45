package coder

import (
	"strings"

	"sitrep"
)

// flownVisitSwitch keeps a visit told only by "flew to <place>"
// (visit17). A flight to a place is nearly always told beside the talks
// or meeting it was for, and the gold then codes that act, not a visit
// besides; so the flown visit is kept only when the article has no
// other 04 event between the same two sides.
var flownVisitSwitch = true

// flownDedupSwitch drops a flown visit whose pair has another 04 event
// in the article (off: every flown visit is kept).
var flownDedupSwitch = true

// flownVisitRule is the lexicon description of the bare "fly to" row.
const flownVisitRule = "fly to (a visit)"

// dropFlownVisits removes the flown visits (and visit17b's
// sent envoys, loneVisitRule) whose pair (either way round) already has
// another 04 event in the article, and those whose switch is off.
func dropFlownVisits(evs []sitrep.Event) []sitrep.Event {
	told := map[string]bool{}
	for i := range evs {
		e := &evs[i]
		if strings.HasPrefix(e.CAMEO, "04") && !visitOnlyRule(e) {
			told[pairKey(e)] = true
		}
	}
	return keepEvents(evs, func(i int) bool {
		e := &evs[i]
		lone, off := loneVisitRule(e)
		return !(off || unhostedEnvoy(e) || (lone && flownDedupSwitch && told[pairKey(e)]))
	})
}

// pairKey names an event's two sides as the merge does (eventActorKey),
// in either order.
func pairKey(e *sitrep.Event) string {
	a, b := eventActorKey(e.Source), eventActorKey(e.Target)
	if a > b {
		a, b = b, a
	}
	return a + ">" + b
}

// flewSomething reports a flight that carries someone or something
// ("flew a battalion to", "was flown to Berlin"): the flyer's cargo or
// the passive's patient travels, not a visitor of its own accord.
func flewSomething(a frameArgs) bool {
	return a.obj >= 0 || a.passive
}

// flewNear reports "flew close to" / "flew near": the place is a path
// or a provocation, not a destination.
func (s *sent) flewNear(a frameArgs) bool {
	for _, k := range a.obl["advmod"] {
		switch s.lemma(k) {
		case "close", "closer", "near", "dangerously":
			return true
		}
	}
	return false
}
