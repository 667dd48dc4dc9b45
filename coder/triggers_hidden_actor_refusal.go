package coder

// Eleventh session (noevent11): triggers the lexicon knows that coded no
// event because the parse hid their actor or their refusal.

// scheduledSubject switches the rule that gives an infinitive hung as an
// adverbial clause on "expected", "due", "scheduled" the passive's
// subject.
var scheduledSubject = true

// scheduledInfinitive reports an infinitive the parse hung as an adverbial
// clause on a passive of schedule ("Sandu is expected to meet EU
// officials", "the two leaders are scheduled to hold talks"): the one
// expected acts, as when the parse makes the infinitive a complement.
func (s *sent) scheduledInfinitive(k int) bool {
	h := s.head(k)
	return scheduledSubject && h >= 0 && s.rel(k) == "advcl" && s.infinitive(k) && scheduleWords[s.lowerWord(h)]
}

// existentialRefusal switches the rule that reads "there will be no
// talks" as a refusal.
var existentialRefusal = true

// existentialNo returns the "be" of "there would be no talks with Kyiv",
// whose modal tells the refusal the noun trigger i carries; else -1. The
// speaker rules the talks out now (125), as with "will not hold talks".
func (s *sent) existentialNo(i int) int {
	h := s.head(i)
	if !existentialRefusal || h < 0 || s.tok(i).UPOS != "NOUN" || s.rel(i) != "nsubj" || s.lemma(h) != "be" || s.child(h, "expl") < 0 {
		return -1
	}
	if d := s.child(i, "det"); d < 0 || s.lemma(d) != "no" {
		return -1
	}
	return h
}
