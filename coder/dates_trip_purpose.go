package coder

import "sitrep"

// The sixteenth session's date rule for what a trip is for (realdate),
// behind a switch so a test can show it is what makes it pass.

// tripPurposeDay: the day of a trip dates what the trip is for ("are
// due in Juba on Thursday to mediate", "will arrive in Lima on Friday
// for talks"). Climbing from the day stops at the travel verb, and a
// planned act takes a day of the sentence only when it is named after
// the act, so the purpose took the story's day.
var tripPurposeDay = true

// tripLemmas are the verbs (and "due") of going somewhere.
var tripLemmas = setOf("arrive", "travel", "fly", "go", "come", "head", "leave", "return", "due", "set", "expect")

// tripDay returns the time expression of the trip trigger i is the
// purpose of: a to-infinitive clause of the trip ("to mediate"), or a
// noun after "for" ("for talks"). Else nil.
func (s *sent) tripDay(i int) *sitrep.Timex {
	if !tripPurposeDay {
		return nil
	}
	h := s.head(i)
	if h < 0 || !tripLemmas[s.lemma(h)] {
		return nil
	}
	switch {
	case s.rel(i) == "advcl" && s.tok(i).UPOS == "VERB" && s.childLemma(i, "mark", "to"):
	case s.rel(i) == "obl" && s.tok(i).UPOS == "NOUN" && s.caseOf(i) == "for":
	default:
		return nil
	}
	return s.timexOf(h)
}
