package coder

import "sitrep"

// meetingOccasionOn switches meetingOccasion (seventeenth session,
// pnmiss23).
var meetingOccasionOn = true

// occasionCases are the prepositions that make a meeting noun the
// occasion of the clause's act: "pledged to work together after a
// meeting Thursday", "praises Obama after 45-minute meeting". Not "for"
// ("called for a meeting" asks for one) nor "at" ("protested at the
// meeting" is not the protesters' meeting).
var occasionCases = setOf("after", "before", "during", "following")

// meetingOccasion returns the source of a meeting noun with no actor
// of its own told as the occasion of a clause: the doers of the verb
// the phrase hangs on, also when the parse hung it on a noun of that
// clause ("pledged to work together despite their differences after a
// meeting": on "differences"; "under fire for …": not an occasion).
// The partner is still the meeting's own (with, between), or the
// doers' own pair. A meeting with a possessor ("his meeting") is left
// to the possessor.
func (s *sent) meetingOccasion(i int) []*sitrep.ActorMention {
	if !meetingOccasionOn || s.lemma(i) != "meeting" || !occasionCases[s.caseOf(i)] {
		return nil
	}
	if s.child(i, "nmod:poss") >= 0 {
		// "after his meeting with Milei": the possessor names the
		// party (pronounPossessor), or no one the rule may guess.
		return nil
	}
	h := s.head(i)
	for n := 0; h >= 0 && n < 3 && s.tok(h).UPOS == "NOUN"; n++ {
		if r := s.rel(h); r != "obl" && r != "nmod" && r != "obj" {
			return nil
		}
		h = s.head(h)
	}
	if h < 0 || s.tok(h).UPOS != "VERB" {
		return nil
	}
	return s.sourceActors(h, s.frame(h))
}
