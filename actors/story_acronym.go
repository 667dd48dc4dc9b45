package actors

// storyAcronym switches the rule that an acronym in brackets after a named
// body stands for that body for the rest of the story.
var storyAcronym = true

// markStoryAcronyms reads "Reporters Without Borders (RSF)": a KB body
// followed by one capitals word in brackets. That word then names the body
// wherever the text uses it, though the KB gives it to another (RSF is
// Sudan's Rapid Support Forces unless the story says otherwise).
func (s *scanner) markStoryAcronyms() {
	if !storyAcronym {
		return
	}
	for i := 0; i+3 < len(s.words); i++ {
		if !capitalised(s.words[i]) {
			continue
		}
		refs, n := s.longest(i, len(s.words))
		k := i + n
		if n == 0 || k+2 >= len(s.words) || s.words[k] != "(" || s.words[k+2] != ")" {
			continue
		}
		acr := s.words[k+1]
		if len(acr) < 2 || hasLower(acr) {
			continue
		}
		e := s.pick(refs, s.words[i], false)
		if e.Kind != KindOrg && e.Kind != KindInstitution {
			continue
		}
		if s.acronyms == nil {
			s.acronyms = map[string]*Entry{}
		}
		s.acronyms[acr] = e
		i = k + 2
	}
}
