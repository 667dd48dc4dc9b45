package actors

// namedInFull switches the rule that a surname several KB people share is
// the one the story named in full.
var namedInFull = true

// markNamedInFull records the KB people the text names with more than one
// word ("Kevin Rudd", "Dick Cheney"), so that pick prefers them for a
// bare surname they share with others ("Rudd" is Kevin, not Amber Rudd,
// in a story that named Kevin Rudd, whatever the date says).
func (s *scanner) markNamedInFull() {
	if !namedInFull {
		return
	}
	for i := 0; i < len(s.words); i++ {
		if !capitalised(s.words[i]) {
			continue
		}
		refs, n := s.longest(i, len(s.words))
		if n < 2 {
			continue
		}
		if e := s.pick(refs, s.words[i], false); e != nil && e.Kind == KindPerson {
			if s.named == nil {
				s.named = map[string]bool{}
			}
			s.named[e.Name] = true
		}
	}
}
