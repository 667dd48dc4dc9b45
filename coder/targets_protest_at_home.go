package coder

import (
	"strings"

	"sitrep"
)

// Eleventh session (guide14): rules of the gold guide
// (evalsets/events/GUIDE.md) the coder did not keep.

// protestsAtHome switches the home target of a crowd's protest whose
// frame names no one (tests turn it off).
var protestsAtHome = true

// protestAtHome reports a protest (14x) whose target is to be guessed:
// like a riot, a rally, march or strike that names no foreign actor in
// its own frame ("against Israel", "outside the Swedish embassy") is the
// crowd's against its own authorities, whatever foreign country the
// sentence names ("students protested against the defence deal with
// Washington" is PNG→PNG; the guide's domestic acts).
func protestAtHome(code string) bool {
	return protestsAtHome && strings.HasPrefix(code, "14")
}

// inOwnFrame reports an actor below the trigger i in the parse, reached
// without passing through its subject or a relative clause: named in the
// act's own frame ("rallied to demand that French troops leave"), not in
// what the sentence says of the doers ("opposition groups, who accuse
// Pashinyan of abandoning Russia's protection, held a rally") or in
// another clause.
func (s *sent) inOwnFrame(m *sitrep.ActorMention, i int) bool {
	tok := s.firstTokIn(m)
	for k := tok; k >= 0; k = s.head(k) {
		if k == i {
			return true
		}
		if s.rel(k) == "nsubj" && s.head(k) == i {
			return false
		}
		if sj := s.child(k, "nsubj"); sj >= 0 && relPronouns[s.lemma(sj)] {
			// (A relative clause, however the parse hangs it.)
			return false
		}
	}
	return false
}
