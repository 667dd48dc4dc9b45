package coder

import (
	"sitrep"
)

// The fourteenth session's date rule (date18), behind a switch so a test
// can show it is what makes it pass.

// aheadWeekday: a bare weekday told of a possibility ("could travel to
// Ouagadougou on Monday"), in the present simple of a timetable ("flies
// to Singapore on Thursday") or of an intention ("plan to march on
// Monday") is the coming one, as for a plan.
var aheadWeekday = true

// possibleModals tell a possibility or a future, not a past act.
var possibleModals = setOf("could", "may", "might", "can", "will", "would")

// aheadClause reports a time expression hung on a verb told as still to
// come by its form (aheadVerb), or the start of a measure ordered or
// agreed ("ordered airlines to halt flights from Friday"). Only a day
// hung on the verb itself: one hung on a noun of the clause ("after the
// killing ... in a drone strike in Baghdad on Friday") may be of some
// other act.
func (s *sent) aheadClause(tx *sitrep.Timex) bool {
	if !aheadWeekday {
		return false
	}
	h := s.timexHead(tx)
	if h < 0 || s.rel(h) != "obl" {
		return false
	}
	v := s.head(h)
	if v < 0 || s.tok(v).UPOS != "VERB" {
		return false
	}
	if s.caseOf(h) == "from" && s.rel(v) == "xcomp" && s.childLemma(v, "mark", "to") {
		return true
	}
	return s.aheadVerb(v, 0)
}

// aheadVerb reports verb v told as still to come: with "could", "may",
// "might", "can", "will" or "would" and no perfect ("could travel on
// Monday", not "could have travelled"); in the present simple with a
// subject and no auxiliary, in a main or told clause ("flies to
// Singapore on Thursday", "the summit opens on Monday"; a speech verb
// excepted, "says it struck on Monday" tells a past act now, and a noun
// misread as a verb, "retaliation for U.S. strikes on its sites on
// Sunday", hangs as a conjunct); or as the infinitive of such a verb
// ("plan to march on Monday").
func (s *sent) aheadVerb(v, depth int) bool {
	if depth > 2 || s.hasKid(v, "aux", "have") {
		return false
	}
	for _, c := range s.kids(v) {
		if s.rel(c) == "aux" && possibleModals[s.lowerWord(c)] {
			return true
		}
	}
	switch s.rel(v) {
	case "root", "ccomp", "parataxis":
		switch s.tok(v).XPOS {
		case "VBZ", "VBP":
			if s.tok(v).XPOS == "VBP" && samePastForm(s.lowerWord(v)) {
				return false // "drones hit Kurdish fighters on Saturday" (dates_same_past_form.go)
			}
			return s.child(v, "nsubj") >= 0 && s.child(v, "aux") < 0 && s.child(v, "aux:pass") < 0 && !speechVerbs[s.lemma(v)]
		}
	case "xcomp":
		if h := s.head(v); h >= 0 && s.childLemma(v, "mark", "to") && s.tok(h).UPOS == "VERB" {
			return s.aheadVerb(h, depth+1)
		}
	}
	return false
}
