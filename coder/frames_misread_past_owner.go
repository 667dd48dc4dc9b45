package coder

// misreadPastOwnerOn switches ownedDoer (tests turn it off).
var misreadPastOwnerOn = true

// ownedDoer reports noun n, before a verb of force the parse read as an
// adjective ("its drones struck rebel positions", "Polisario units fired
// rockets", "Assad loyalists ambushed security forces"), as a doer named
// by its owner: a modifier before it that the actor coder placed
// (a compound or a possessor name) or a possessive pronoun (twenty-third
// session, lex32). misreadPast asks the noun itself to be an actor's
// mention; such nouns are not, though their phrase names whose they are.
func (s *sent) ownedDoer(n int) bool {
	if !misreadPastOwnerOn || s.tok(n).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(n) {
		if c >= n {
			continue
		}
		switch r := s.deprel(c); {
		case r == "nmod:poss" && s.tok(c).UPOS == "PRON":
			return true
		case r == "compound" || r == "nmod:poss" || r == "amod":
			if s.mentionCovering(c) != nil {
				return true
			}
		}
	}
	return false
}
