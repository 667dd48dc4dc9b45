package coder

// Twenty-third session (lex32): "X is due in Kuwait on Sunday", wire
// copy's way of announcing a visit. The parser takes "due in" for a
// two-word preposition and makes the place the clause's head (or hangs
// the visitor on it), so no verb of going is left to code; the words
// tell a planned visit (042 from the visitor, 043 from the host).

// dueInOn switches dueInVisit (tests turn it off).
var dueInOn = true

// dueInVisit returns the frame of the visit that word i, "due" in "X is
// due in PLACE", tells: the visitor (the actor named right before the
// verb "be") as the subject and the place (a name that stands for a
// country: a country or a capital) as the object, with the day and
// phrases that follow; ok false for other words. Not "is due to arrive"
// (the verb codes itself), a place as the subject ("talks are due in
// Geneva"), nor a trip told with its purpose ("for talks", "to
// mediate").
func (s *sent) dueInVisit(i int) (a frameArgs, ok bool) {
	if !dueInOn || s.lemma(i) != "due" || i-2 < s.from || i+2 >= s.to || s.lemma(i-1) != "be" || s.lowerWord(i+1) != "in" {
		return a, false
	}
	v := s.actorAt(i - 2)
	if v == nil || actorKey(v) == "" || s.namesPlace(v) && !s.namesPerson(v) {
		return a, false
	}
	place := -1
	for k := i + 2; k < s.to && k <= i+4; k++ {
		if s.tok(k).UPOS != "PROPN" {
			continue
		}
		if p := s.placeActor(k); p != nil && actorKey(p) != "" && actorKey(p) != actorKey(v) {
			place = k
		}
		break
	}
	if place < 0 {
		return a, false
	}
	for k := place + 1; k < s.to; k++ {
		w := s.lowerWord(k)
		if w == "," || w == ";" {
			break
		}
		if w == "to" || w == "for" {
			// "due in Juba on Thursday to mediate", "due in Tashkent
			// next week for talks": the gold guide codes the talks or
			// the mediation the trip is for, not the trip.
			return a, false
		}
	}
	a = frameArgs{self: i, subj: i - 2, obj: place, iobj: -1, xcomp: -1, ccomp: -1, agent: -1, obl: map[string][]int{}}
	for k := place + 1; k < s.to && k <= place+4; k++ {
		// "on Sunday", "next week": the visit's day.
		if s.isTime(k) {
			p := s.caseOf(k)
			a.obl[p] = append(a.obl[p], k)
		}
	}
	return a, true
}

// dueIn reports word i a "due" after a form of "be" ("is due in Kuwait"):
// a schedule, so that what it tells is planned.
func (s *sent) dueIn(i int) bool {
	return dueInOn && s.lemma(i) == "due" && i-1 >= s.from && s.lemma(i-1) == "be" && i+1 < s.to && s.lowerWord(i+1) == "in"
}
