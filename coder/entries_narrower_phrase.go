package coder

// Among lexicon entries of equal specificity the earlier line wins; but an
// entry that takes any word in a phrase ("call for=*", line 1139) would
// then hide a later one that names the phrase's words ("call
// for=impeachment"), which the lexicon can only append (appeal29).

// listedFirst lets a fitting entry that names a phrase's words win over
// one of equal specificity taking any word there; tests switch it off.
var listedFirst = true

// narrowerFit returns the entry after e in entries (ranked by
// specificity) that has e's specificity, names the words of a phrase e
// takes with any word, and fits frame a; else e.
func (s *sent) narrowerFit(entries []*Entry, e *Entry, a frameArgs) *Entry {
	if !listedFirst {
		return e
	}
	after := false
	for _, o := range entries {
		if o == e {
			after = true
			continue
		}
		if after && o.specificity() == e.specificity() && o.narrowerPhrase(e) && s.unfit(o, a) == "" {
			return o
		}
	}
	return e
}
