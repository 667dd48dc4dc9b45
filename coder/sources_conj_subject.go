package coder

// Second verbs with no subject of their own ("X said … and demanded …",
// "confirmed … but declined to …") whose parse hides the subject they
// share (sixteenth session, conjsubj).

// misreadConjClimbs switches the climb from a misread noun head to a
// governing verb that has no subject of its own either.
var misreadConjClimbs = true

// misreadConjHead returns, for a verb i that the parse coordinated with a
// noun k ("beat voters with batons on Sunday and seized ballot boxes",
// "started calling congressional Republicans and asking them"), the verb
// that governs that noun when it comes before i, whatever its subject:
// the walk goes on from there (the verb may share its subject with the
// verb above it, "beat" with "fired", "calling" with "started"). -1 when
// there is none. The noun is no doer of the second verb: it is the first
// verb's object or oblique. Only a noun (not an adjective: "the undivided
// and recognized capital"), a second verb with its own "and" or "but"
// (not "all parties, including detained leader X"), and a governing verb
// that shares a subject with the verb above it (a root verb whose
// subject the parse lost leaves the walk nowhere to go).
func (s *sent) misreadConjHead(i, k int) int {
	if !misreadConjClimbs || s.child(i, "cc") < 0 {
		return -1
	}
	if u := s.tok(k).UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	if v := s.governingVerb(k); v >= 0 && v < i && s.sharedSubject(v) >= 0 {
		return v
	}
	return -1
}
