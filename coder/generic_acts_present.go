package coder

// genericForceOn switches genericForce off for tests.
var genericForceOn = true

// sameFormPast are verbs of force whose past tense is spelt like the
// present, so that a tagger's present (VBP) may be a past act ("Turkish
// drones hit Kurdish fighters on Saturday", "soldiers beat demonstrators").
var sameFormPast = setOf("hit", "beat", "cut", "shut", "hurt", "burst", "spread", "shed", "cast", "thrust", "split", "set", "put", "let")

// genericForce reports force (18-20, and crowds' violence 145) told in
// the simple present with no time of its own: "thug Putin kills
// journalists and opponents", "we will not negotiate with those who
// kill", "I am not in the habit of supporting people who attack my wife",
// "the security zone it occupies". Violence is an event of a day; the
// simple present with no day says what someone habitually does or is,
// a generic statement or a standing state, and careful coders code no
// event for it. (Not in the first sentence, where a headline's present
// tells the news: "Gunmen kill 12 in Kano".)
func (s *sent) genericForce(i int, e *Entry) bool {
	if !genericForceOn || !oneOf(e.Code[:2], violentRoots) && e.Code[:3] != "145" {
		// (Not coercion, 17: "Bainimarama still bans public meetings"
		// is a standing measure, coded.)
		return false
	}
	if s.tok(i).UPOS != "VERB" || !s.present(i) || sameFormPast[s.lemma(i)] {
		return false
	}
	if s.hasKid(i, "mark", "that") {
		// "told the assembly that U.S. strikes on boats were killing
		// poor people": a noun the parse took for the verb of the
		// reported clause.
		return false
	}
	if s.idx == 0 || s.timexOf(i) != nil || s.ownTimeWord(i) {
		return false
	}
	return true
}
