package coder

// forInfinitiveOn switches forInfinitive off for tests.
var forInfinitiveOn = true

// forInfinitive gives the infinitive of a "for X to do" phrase among
// the verb's for-phrases forPhrases ("called for the minister to
// resign", "pressed for the army to withdraw"), which the parse hangs
// on the noun as its modifier; or -1. In "for X to do" the noun is the
// infinitive's subject and the whole is the verb's complement, so an
// entry naming the complement (xcomp=…) reads it there. The noun must
// be one who can act — an actor the coder found, a person's name or
// an office holder: "called for a referendum to quit the EU" hangs
// the referendum's own complement there, and the caller quits nothing.
func (s *sent) forInfinitive(forPhrases []int) int {
	if !forInfinitiveOn {
		return -1
	}
	for _, n := range forPhrases {
		if s.mentionCovering(n) == nil && !s.personEntity(n) && !s.lemmaIn(officeHolders, n) {
			continue
		}
		for _, c := range s.kids(n) {
			if c > n && s.rel(c) == "acl" && s.tok(c).UPOS == "VERB" && s.infinitive(c) {
				return c
			}
		}
	}
	return -1
}
