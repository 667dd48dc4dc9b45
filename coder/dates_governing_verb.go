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

// enclosingActTimex returns the time expression of the verb governing
// trigger i when i is told inside that verb's act (an infinitive
// complement or purpose, toComplement, or a noun under "during"), for an
// act that is not a plan or a hypothesis (a plan's infinitive, "agreed
// on Monday to meet", is of another day). Else nil. (Not governingTimex,
// the time of the clause an "after" clause hangs on, for background.)
func (s *sent) enclosingActTimex(i int, status string) *sitrep.Timex {
	if !governedPeriod || status == sitrep.StatusPlanned || status == sitrep.StatusHypothetical {
		return nil
	}
	if s.tok(i).UPOS == "VERB" && s.sharedSubjectConjunct(i) {
		// "to fly to Detroit and tour its operations": a conjunct
		// sharing its head's subject is told inside the same act.
		i = s.head(i)
	}
	h := s.head(i)
	if h < 0 || s.tok(h).UPOS != "VERB" {
		return nil
	}
	switch {
	case s.tok(i).UPOS == "VERB" && s.toComplement(i) && s.infinitive(i):
	case s.rel(i) == "obl" && s.tok(i).UPOS == "NOUN" && s.caseOf(i) == "during":
	default:
		return nil
	}
	return s.actTimex(h)
}

// sharedSubjectConjunct reports a verb i coordinated, with its
// conjunction, with the verb it hangs on and with no subject of its own:
// it shares that verb's subject and its occasion. Only with the
// conjunction: "Fletcher, who visited Mandalay on Monday, appealed for
// help", parsed with "appealed" as a conjunct of "visited", is the
// sentence's main verb.
func (s *sent) sharedSubjectConjunct(i int) bool {
	h := s.head(i)
	return h >= 0 && s.rel(i) == "conj" && s.tok(h).UPOS == "VERB" && s.child(i, "cc") >= 0 && s.frame(i).subj < 0
}
