package coder

// A refusal to utter given words (pnspur23; a case of figurative,
// figurative.go, switched as "refused-words").

// refusedWords reports "refused to say the words 'radical Islam'": a
// refusal to utter given words is a stance in a quarrel, not a
// declining to comment (011), which the "refuse to say" row codes for a
// question left unanswered ("refused to say whether", "refused to
// answer").
func (s *sent) refusedWords(i int, a frameArgs) bool {
	if s.lemma(i) != "refuse" || a.xcomp < 0 || s.lemma(a.xcomp) != "say" {
		return false
	}
	o := s.child(a.xcomp, "obj")
	return o >= 0 && s.tok(o).UPOS == "NOUN"
}
