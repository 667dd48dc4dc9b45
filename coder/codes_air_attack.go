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

// recodeNote is a code to give the events of one trigger once the
// article's tellings are merged: those coded from are coded to.
type recodeNote struct{ from, to string }

// noteRecode records that the events of the trigger at offset start coded
// from are to be coded to after the merge (recodeMerged).
func (a *article) noteRecode(start int, from, to string) {
	if a.recodeAt == nil {
		a.recodeAt = map[int]recodeNote{}
	}
	a.recodeAt[start] = recodeNote{from, to}
}

// recodeMerged gives the events noted their finer code (an air attack
// 195, an appeal by what it asks for) once the article's tellings are
// merged: recoded before, an event no longer folds into the same pair's
// event of the coarser code told beside it and folds into another of the
// finer code instead, and codes steer some target guesses, which moves
// the count of events, not only their codes.
func (a *article) recodeMerged(evs []sitrep.Event) []sitrep.Event {
	for k := range evs {
		e := &evs[k]
		n, ok := a.recodeAt[e.Trigger.Start]
		if !ok || e.CAMEO != n.from {
			continue
		}
		if c, ok := cameo.Lookup(n.to); ok {
			e.CAMEO, e.PLOVER, e.Mode, e.Context = c.Code, c.PLOVER, c.Mode, c.Context
			e.Goldstein, e.Quad = c.Goldstein, c.Quad
		}
	}
	return evs
}
