package actors

// pluralBoundary switches the rule that a plural noun ends its phrase
// before a person or a place: "told reporters Putin had", "assured
// protesters Germany would".
var pluralBoundary = true

// afterPlural reports whether e, found at word j, starts a new phrase
// because a plural noun ends the chain just before it with no possessive
// between. A plural is a head, never a title of the name after it
// ("protesters Germany" is two actors); the unknown-name rule already
// refuses names after a plural, this does the same for names the KB knows.
func (s *scanner) afterPlural(e *Entry, j, n int) bool {
	if !pluralBoundary || len(s.elems) == 0 {
		return false
	}
	last := s.elems[len(s.elems)-1]
	// "Presidents Leonid Kuchma and Boris Yeltsin": a capitalised plural
	// is a title over the names.
	if !last.plural || last.to != j || last.e.Kind != KindNoun || capitalised(s.words[last.from]) {
		return false
	}
	// "opposition leaders Carlos Mesa and Luis Fernando Camacho",
	// "contenders Hillary Clinton or Bernie Sanders": a plural before a
	// list of names is their title.
	if k := j + n; k < len(s.words) && (s.words[k] == "and" || s.words[k] == "or" || s.words[k] == ",") {
		return false
	}
	switch e.Kind {
	case KindPerson, KindCountry, KindCapital, KindCity:
		return true
	}
	return false
}
