package coder

// forInfinitiveOn switches forInfinitive off for tests.
var forInfinitiveOn = true

// forInfinitive gives the infinitive of a "for X to do" phrase among
// the verb's for-phrases forPhrases ("called for the minister to
// resign", "pressed for the army to withdraw"), which the parse hangs
// on the noun as its modifier; or -1. In "for X to do" the noun is the
// infinitive's subject and the whole is the verb's complement, so an
// entry naming the complement (xcomp=…) reads it there.
func (s *sent) forInfinitive(forPhrases []int) int {
	if !forInfinitiveOn {
		return -1
	}
	for _, n := range forPhrases {
		for _, c := range s.kids(n) {
			if c > n && s.rel(c) == "acl" && s.tok(c).UPOS == "VERB" && s.infinitive(c) {
				return c
			}
		}
	}
	return -1
}
