package coder

// The sixteenth session's real-news pair fix (pnmiss): a partner's
// phrase the parse hung on a time phrase of the verb.

// timeHungObliquesOn switches the rule below (tests turn it off).
var timeHungObliquesOn = true

// partsOfDay are time nouns of a day's parts: "in the morning",
// "in the afternoon". whenWord holds weekdays, months and spans.
var partsOfDay = setOf("morning", "afternoon", "evening")

// timeHungObliques adds to obl, the obliques of verb i, the phrases
// hung as nmod on a time phrase of the verb that follows it, for each
// preposition the verb has none of: "held a joint meeting in the morning
// with Japan's Prime Minister", "met on Thursday with the Chinese
// president". A time has no partner of its own; real copy puts the time
// between the act and its partner, and the parse then hangs the partner
// on the time. (carriedObliques does this for a light verb's noun.)
func (s *sent) timeHungObliques(i int, obl map[string][]int) {
	if !timeHungObliquesOn {
		return
	}
	var times []int
	take := func(h int, rel string) {
		for _, c := range s.kids(h) {
			if c > i && (s.whenWord(c) || partsOfDay[s.lemma(c)]) && s.rel(c) == rel {
				times = append(times, c)
			}
		}
	}
	switch s.tok(i).UPOS {
	case "VERB":
		take(i, "obl")
		if o := s.child(i, "obj"); o > i {
			// "held a meeting in the morning with X", with the time
			// hung on the object.
			take(o, "nmod")
		}
	case "NOUN":
		take(i, "nmod")
	default:
		return
	}
	for _, c := range times {
		for _, k := range s.timeNmods(c) {
			p, arg := s.caseOf(k), k
			if s.tok(k).UPOS == "ADP" {
				// The preposition parsed as the phrase's head.
				p, arg = s.lemma(k), s.child(k, "obj", "nmod", "obl")
			}
			if p != "" && arg >= 0 && len(obl[p]) == 0 {
				obl[p] = append(obl[p], arg)
			}
		}
	}
}
