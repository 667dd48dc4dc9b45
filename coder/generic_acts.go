package coder

// genericActsOn switches the guards of this file off for tests.
var genericActsOn = true

// agendaOnly reports an infinitive of discussion that only names an
// agenda: "Obama and Xi also have other topics to discuss", "the two
// leaders have much to discuss". The things to discuss are had, not
// discussed; the meeting, if any, is told by its own words.
func (s *sent) agendaOnly(i int, a frameArgs) bool {
	if !genericActsOn || !s.infinitive(i) || a.obj >= 0 {
		return false
	}
	if l := s.lemma(i); l != "discuss" && l != "talk" {
		return false
	}
	h := s.head(i)
	if h < 0 {
		return false
	}
	switch s.rel(i) {
	case "acl":
		// "have much to discuss": the noun the infinitive hangs on is
		// the object of "have".
		return s.rel(h) == "obj" && s.head(h) >= 0 && s.lemma(s.head(h)) == "have"
	case "xcomp":
		// "have other topics to discuss", hung on "have" itself.
		o := s.child(h, "obj")
		return s.lemma(h) == "have" && o >= 0 && o < i
	}
	return false
}

// habitual reports an act told of wherever it happens: "a man who wants
// to fan the flames of hatred everywhere he visits". No visit of a day
// is told.
func (s *sent) habitual(i int) bool {
	if !genericActsOn {
		return false
	}
	for _, c := range s.kids(i) {
		// The adverb opens the act's clause ("everywhere he visits");
		// after the trigger it is more often a condition the parse hung
		// there ("will freeze assets wherever there is evidence").
		if c < i && s.rel(c) == "advmod" && (s.lemma(c) == "everywhere" || s.lemma(c) == "wherever") {
			return true
		}
		if s.frequencyAdverb(c) {
			// "frequently meets with members of Congress"
			// (generic_acts_frequency.go).
			return true
		}
	}
	return false
}
