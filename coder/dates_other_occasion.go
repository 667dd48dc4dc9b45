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

// actTimex is timexOf less a day that dates another occasion told
// between it and verb i ("after the floods on Friday"). Every reading
// of a verb's own time expression for dating goes through it: the act's
// own (dateOwn), its head conjunct's and the enclosing act's
// (enclosingActTimex), so that the occasion's day does not come back
// through the verb above (review23).
func (s *sent) actTimex(i int) *sitrep.Timex {
	tx := s.timexOf(i)
	if tx != nil && s.otherOccasion(tx, i) {
		return nil
	}
	return tx
}
