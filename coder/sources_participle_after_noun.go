package coder

// participleNounOn switches participleNoun off for tests.
var participleNounOn = true

// participleNoun returns the noun a bare "-ing" participle follows with no
// comma between, when the parse made the participle an adverbial clause
// of the verb above ("he will be greeted by thousands of Germans
// protesting against the trade pact"): the participle tells of the noun
// ("Germans [who are] protesting"), so the noun, or for "thousands of
// Germans" the count it hangs on, is its subject for an entry's subj=
// condition. Else -1. (After a comma, "fired on the crowd, killing two",
// the participle is the verb's own.)
func (s *sent) participleNoun(i int) int {
	if !participleNounOn || s.rel(i) != "advcl" || s.tok(i).XPOS != "VBG" || s.child(i, "mark", "nsubj") >= 0 || i-1 < s.from {
		return -1
	}
	n := i - 1
	if u := s.tok(n).UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	if s.rel(n) == "nmod" && s.head(n) >= 0 && s.head(n) < n {
		n = s.head(n)
	}
	return n
}
