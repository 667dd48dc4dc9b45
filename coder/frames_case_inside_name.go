package coder

// caseInsideNameOn switches caseInsideName (eighteenth session, miss26).
var caseInsideNameOn = true

// caseInsideName finds the preposition of a name whose parse hung it on
// the name's first part instead of its head: "met with Russian President
// Vladimir Putin" parsed with "with" a child of "Vladimir", a compound of
// "Putin". Only a preposition that opens the whole name counts, so that
// a preposition inside a modifier ("the head of state Putin") is not
// taken for the name's own.
func (s *sent) caseInsideName(i int) string {
	if !caseInsideNameOn || s.tok(i).UPOS != "PROPN" {
		return ""
	}
	lo := -1 // the name's first byte, computed once a candidate is found
	for _, c := range s.kids(i) {
		if c >= i {
			continue
		}
		// The title before a name ("President") is an nmod:desc, which
		// rel cuts to "nmod": read its full relation.
		if r := s.rel(c); r != "compound" && r != "flat" && s.deprel(c) != "nmod:desc" {
			continue
		}
		for _, k := range s.kids(c) {
			if s.rel(k) != "case" || k >= c || s.tok(k).UPOS != "ADP" {
				continue
			}
			if lo < 0 {
				// caseOf calls this for every name with no case
				// of its own: the span walk only when needed.
				lo, _ = s.span(i)
			}
			if s.tok(k).Start <= lo {
				return s.lemma(k)
			}
		}
	}
	return ""
}
