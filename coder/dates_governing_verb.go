package coder

import "sitrep"

// governedPeriod: an act told inside the act of the verb above it, in
// an infinitive complement ("This week, the president declined to
// threaten Moscow"), a purpose infinitive ("paid this week for ten MPs
// to fly to Detroit") or a noun under "during" ("during Obama's visit
// to Turkey this week, Erdogan reiterated"), shares that verb's time
// expression. The climb in timexOf stops at the first verb, and only a
// day is looked for in the rest of the sentence (sentenceDay), so a
// week or a month hung on the verb above left the act the story's day.
var governedPeriod = true

// governorTimex returns the time expression of the verb governing
// trigger i when i is told inside that verb's act, for an act that is
// not a plan or a hypothesis (a plan's infinitive, "agreed on Monday to
// meet", is of another day). Else nil.
func (s *sent) governorTimex(i int, status string) *sitrep.Timex {
	if !governedPeriod || status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical {
		return nil
	}
	h := s.head(i)
	if h >= 0 && s.rel(i) == "conj" && s.tok(i).UPOS == "VERB" && s.tok(h).UPOS == "VERB" && s.child(i, "cc") >= 0 && s.frame(i).subj < 0 {
		// "to fly to Detroit and tour its operations": a conjunct
		// sharing its head's subject is told inside the same act.
		i, h = h, s.head(h)
	}
	if h < 0 || s.tok(h).UPOS != "VERB" {
		return nil
	}
	switch {
	case s.rel(i) == "xcomp" && s.tok(i).UPOS == "VERB" && s.childLemma(i, "mark", "to"):
	case s.rel(i) == "advcl" && s.tok(i).UPOS == "VERB" && s.childLemma(i, "mark", "to"):
	case s.rel(i) == "obl" && s.tok(i).UPOS == "NOUN" && s.caseOf(i) == "during":
	default:
		return nil
	}
	return s.timexOf(h)
}
