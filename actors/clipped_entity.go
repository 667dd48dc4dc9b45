package actors

// clippedEntityOn switches clippedEntity (session 20, actor29); tests
// turn it off to show what it adds.
var clippedEntityOn = true

// clippedEntity widens an entity the tagger cut short by the capitalised
// words (one or two) before it when the KB knows the wider phrase:
// "Northern Ireland's biggest Protestant party" tagged "Ireland" alone
// coded the Republic of Ireland (IRL) for a story about Northern Ireland
// (GBR). A person's name is left as tagged.
func (s *scanner) clippedEntity(e entitySpan, from int, pend []pending) entitySpan {
	if !clippedEntityOn || e.label == "PER" {
		return e
	}
	for back := 2; back >= 1; back-- {
		st := e.start - back
		if st < from || covered(pend, st, e.start) {
			continue
		}
		ok := true
		for k := st; k < e.start; k++ {
			ok = ok && capitalised(s.words[k]) && hasLower(s.words[k])
		}
		if _, n := s.longest(st, e.end); ok && n == e.end-st {
			e.start = st
			return e
		}
	}
	return e
}
