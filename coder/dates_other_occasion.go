package coder

import "sitrep"

// otherOccasionDay: a day that dates a noun after "after", "before" or
// "since" ("accepted offers of rescue teams after the earthquake on
// Friday night") is that occasion's, before or after the act, not the
// act's: timexOf climbed from the day through the noun to the verb and
// gave the accepting the earthquake's day.
var otherOccasionDay = true

// occasionWords open a phrase naming another occasion than the act.
var occasionWords = setOf("after", "before", "since", "following")

// otherOccasion reports a noun between the head of trigger i's time
// expression tx (not included) and i that an occasion word introduces.
func (s *sent) otherOccasion(tx *sitrep.Timex, i int) bool {
	h := s.timexHead(tx)
	if !otherOccasionDay || h < 0 {
		return false
	}
	if _, p := normalise(tx.Value); p != "day" {
		// "jailed after the protests of July 2021": an occasion's
		// month or year still bounds the act (background, more than a
		// month before the story).
		return false
	}
	for k := s.head(h); k >= 0 && k != i; k = s.head(k) {
		if s.tok(k).UPOS == "NOUN" && occasionWords[s.caseOf(k)] {
			return true
		}
		if s.tok(k).UPOS == "VERB" {
			return false
		}
	}
	return false
}
