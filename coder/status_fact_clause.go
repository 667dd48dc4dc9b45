package coder

// factClauses switches factClause (tests turn it off).
var factClauses = true

// factMarks open adverbial clauses told as fact whatever the main
// clause's modality: "while", "because", "although", "though".
var factMarks = setOf("while", "because", "although", "though")

// factClause reports word k, reached by the status walk, as the head of
// an adverbial clause told as fact ("The administration may be reluctant
// to act while Kerry negotiates with Russia", "could retaliate because
// Ankara shot down the jet"): the "may" or "could" above is the main
// clause's, not the clause's own, which keeps the modality it has itself
// (its own "would" or "will" below it still counts).
// The parse may hang the conjunction on the clause's subject and the
// clause on the main one as parataxis ("while Secretary of State John
// Kerry negotiates", "while" read as the case of "Secretary"): the
// clause's first word is what counts.
func (s *sent) factClause(k int, rel string) bool {
	if !factClauses || rel != "advcl" && rel != "parataxis" {
		return false
	}
	if m := s.child(k, "mark"); m >= 0 && factMarks[s.lemma(m)] {
		return true
	}
	for j := s.from; j < k; j++ {
		if s.below(j, k) {
			return factMarks[s.lemma(j)]
		}
	}
	return false
}
