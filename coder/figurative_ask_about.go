package coder

// askedAbout reports an "about" phrase on "ask", or on the party asked,
// with no infinitive or "for" beside it (question checks those first):
// "asked Trump about statements he had made", "asked the GOP frontrunner
// about the Twitter kerfuffle". One asks a party about a topic to learn
// something, an interview's or a town hall's question; an appeal (020)
// asks a party to do or give something.
func (s *sent) askedAbout(a frameArgs) bool {
	if len(a.obl["about"]) > 0 {
		return true
	}
	for _, to := range []int{a.obj, a.iobj} {
		if to < 0 || s.lemma(to) == "question" {
			// (Questions asked about a topic are ask-question-noun's.)
			continue
		}
		for _, c := range s.kids(to) {
			if s.rel(c) == "nmod" && s.caseOf(c) == "about" && c > to {
				return true
			}
		}
	}
	return false
}

// askedQuoted reports "asked" after a question mark of its sentence: the
// quoted question it puts ("“But why?” the reporter asked him"), no
// request.
func (s *sent) askedQuoted(i int) bool {
	for k := s.from; k < i; k++ {
		if s.doc.TokenText(k) == "?" {
			return true
		}
	}
	return false
}
