package coder

// pairSubjectGoesOn: a clause coordinated after a dated one whose
// subject is the pair that clause told of ("held talks with Modi on
// Monday, and the two leaders signed agreements", "spoke with King
// Salman on Friday night, and the two agreed to cooperate") goes on
// with the same occasion, as a pronoun subject does: otherConjunct took
// "the two" for a new actor and left the signing the story's day.
var pairSubjectGoesOn = true

// pairSubject reports a subject that names the two sides just told:
// "the two", "both", "the pair" standing alone, or a phrase group reads
// as the story's two sides ("the two leaders", "both sides", "the
// delegations").
func (s *sent) pairSubject(subj int) bool {
	if !pairSubjectGoesOn || subj < 0 {
		return false
	}
	switch s.lemma(subj) {
	case "two", "pair":
		return s.childLemma(subj, "det", "the")
	case "both":
		return true
	}
	return s.group(subj)
}
