package coder

// Second verbs with no subject of their own ("X said … and demanded …",
// "confirmed … but declined to …") whose parse hides the subject they
// share (sixteenth session, conjsubj).

// misreadConjClimbs switches the climb from a misread noun head to a
// governing verb that has no subject of its own either.
var misreadConjClimbs = true

// misreadConjHead reports, for a verb i that the parse coordinated with a
// noun k ("beat voters with batons on Sunday and seized ballot boxes",
// "started calling congressional Republicans and asking them"), whether
// v, the verb that governs that noun (governingVerb(k), which the caller
// has), is where the walk goes on: it comes before i, whatever its
// subject (the verb may share its subject with the verb above it, "beat"
// with "fired", "calling" with "started"). The noun is no doer of the second verb: it is the first
// verb's object or oblique. Only a noun (not an adjective: "the undivided
// and recognized capital"), a second verb with its own "and" or "but"
// (not "all parties, including detained leader X"), and a governing verb
// that shares a subject with the verb above it (a root verb whose
// subject the parse lost leaves the walk nowhere to go).
func (s *sent) misreadConjHead(i, k, v int) bool {
	if !misreadConjClimbs || s.child(i, "cc") < 0 {
		return false
	}
	if u := s.tok(k).UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	return v >= 0 && v < i && s.sharedSubject(v) >= 0
}

// participleOpeners switches participleOpener.
var participleOpeners = true

// participleOpener returns the noun phrase that opens the sentence as the
// subject of verb v when a participle set off by commas follows it and
// the parse gave the phrase to the participle, or hung v on it ("The
// leaders, meeting in Brussels, called on airlines and demanded the
// release", "Boluarte, speaking in Lima, called for a truce"): read off
// the word order as openerSubject reads a relative clause; -1 when the
// words do not run so or v has a subject. (Only a present participle: a
// past one, "Cuba, itself battered by the storm, sent", or an
// apposition, may be the phrase's own description.)
func (s *sent) participleOpener(v int) int {
	if !participleOpeners {
		return -1
	}
	c, c2, ok := s.openerCommas(v)
	if !ok || c+1 >= c2 || s.tok(c+1).XPOS != "VBG" || s.tok(c+1).UPOS != "VERB" {
		return -1
	}
	if m := s.mentionCovering(c - 1); m == nil || actorKey(m) == "" {
		// (A phrase the actor coder placed itself: "the leaders" left
		// to the story's sides is a guess the parse's error should
		// not widen.)
		return -1
	}
	for j := c + 2; j < c2; j++ {
		if s.lemma(j) == "," {
			// Another clause between: not one participle.
			return -1
		}
	}
	return c - 1
}

// askedSpeechActs switches "ask" as a speech act (speechAct).
var askedSpeechActs = true

// speechAct reports a verb of speechActs, or "ask": a request goes back
// to the one who reported the clause it is coordinated with, as an appeal
// or a demand does ("said his country was sheltering the migrants ... and
// asked the U.N. refugee agency for help"). (Not "invite": "saying ...
// and invited Tehran to negotiate" finds its source, but the gold codes
// such an invitation as an appeal, 026, and the other invitations it
// reaches are spurious.)
func speechAct(lemma string) bool {
	return speechActs[lemma] || askedSpeechActs && lemma == "ask"
}
