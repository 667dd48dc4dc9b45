package coder

// readBareOblique takes as the object a noun the parse hung on the verb
// as an oblique with no preposition, past a particle it read as an
// adverb: "forced back Myanmar refugees", "turned back the boats"
// (frame29).
var readBareOblique = true

// bareObliqueObject returns the object and the particle of verb i so
// misparsed, or -1, "" when it is not.
func (s *sent) bareObliqueObject(i int) (int, string) {
	if !readBareOblique || i+1 >= s.to || !particles[s.lemma(i+1)] || s.head(i+1) != i || s.rel(i+1) != "advmod" {
		return -1, ""
	}
	for _, c := range s.kids(i) {
		if c <= i+1 || s.deprel(c) != "obl" || s.tok(c).UPOS != "NOUN" || s.child(c, "case") >= 0 || s.isTime(c) {
			continue
		}
		if lo, _ := s.subtree(c); lo == i+2 {
			// (The noun's phrase starts right after the particle.)
			return c, s.lemma(i + 1)
		}
	}
	return -1, ""
}

// readMisreadMore lets misreadPast repair more verbs than those of force
// (frame29): destruction by crowds ("Mobs torched churches, temples and
// homes", "torched" read as a modifier of "churches") and the lifting of
// sanctions ("and the United States lifted sanctions").
var readMisreadMore = true

// misreadMoreVerbs are those verbs. (Not "impose": its one new event on
// the sets came with a second, wrong source; not "hold": see
// misreadForceVerbs.)
var misreadMoreVerbs = setOf("torch", "burn", "loot", "storm", "raid", "lift")

// misreadVerb reports a verb whose misreading misreadPast repairs.
func misreadVerb(lemma string) bool {
	return misreadForceVerbs[lemma] || readMisreadMore && misreadMoreVerbs[lemma]
}
