package coder

import (
	"sitrep"
	"sitrep/cameo"
)

// Twenty-third session (review37): attacks told by their weapon.

// airAttacks switches the air attack code (tests turn it off).
var airAttacks = true

// airWeapons are doers of an attack that make it one from the air: the
// guide codes air strikes, missiles and drones 195, whatever verb tells
// them ("Russian missiles struck Kyiv", "drones attacked a refinery").
var airWeapons = setOf("missile", "missiles", "drone", "drones", "jet", "jets", "warplane", "warplanes", "bomber",
	"bombers", "aircraft", "airstrike", "airstrikes", "air-strike", "air-strikes", "airstrike", "helicopter",
	"helicopters", "gunship", "gunships")

// airStrikeNouns are doers that are air attacks when "air" modifies them
// ("Israeli air strikes hit Rafah", "air raids").
var airStrikeNouns = setOf("strike", "strikes", "raid", "raids", "attack", "attacks")

// airAttack reports an unspecified attack (190) whose doer, the subject
// or a passive's agent (or the noun a misread past hangs on), is an air weapon: it is an air attack (195).
func (s *sent) airAttack(code string, a frameArgs) bool {
	if !airAttacks || code != "190" {
		return false
	}
	doers := []int{a.subj, a.agent}
	if a.subj < 0 && s.rel(a.self) == "acl" {
		// (The tagger reads "missiles struck Kyiv" as a participle
		// after its noun.)
		doers = append(doers, s.head(a.self))
	}
	for _, d := range doers {
		if d < 0 {
			continue
		}
		if s.lemmaIn(airWeapons, d) {
			return true
		}
		if s.lemmaIn(airStrikeNouns, d) {
			for _, c := range s.kids(d) {
				if l := s.lemma(c); l == "air" || l == "aerial" {
					return true
				}
			}
		}
	}
	return false
}

// noteAirAttack records the trigger at offset start as an air attack.
func (a *article) noteAirAttack(start int) {
	if a.airAt == nil {
		a.airAt = map[int]bool{}
	}
	a.airAt[start] = true
}

// airRecode gives the air attacks noted their code, 195, once the
// article's tellings are merged: recoded before, an air attack no longer
// folds into the same pair's unspecified attack (190) told beside it and
// folds into its missiles fired (195) instead, which moves the count of
// events, not only their codes.
func (a *article) airRecode(evs []sitrep.Event) []sitrep.Event {
	if len(a.airAt) == 0 {
		return evs
	}
	air, ok := cameo.Lookup("195")
	if !ok {
		return evs
	}
	for k := range evs {
		e := &evs[k]
		if e.CAMEO == "190" && a.airAt[e.Trigger.Start] {
			e.CAMEO, e.PLOVER, e.Mode, e.Context = air.Code, air.PLOVER, air.Mode, air.Context
			e.Goldstein, e.Quad = air.Goldstein, air.Quad
		}
	}
	return evs
}
