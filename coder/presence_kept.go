package coder

// Fifteenth session (fresh18): forces a party keeps in another country.

// keptForcesModalSwitch switches habitualPresence.
var keptForcesModalSwitch = true

// habitualPresence reports the lexicon's "keep forces in a country"
// (074) told as a standing state, not a decision: a verb with no modal
// or future auxiliary ("France, which keeps about 1,500 troops in the
// country", "coast guard ships keep a constant presence at the shoal")
// describes what is, as background. What a party will, would or could
// keep there ("would keep its police officers in the capital until
// June", "could keep some advisers in the north") is the act.
//
// The country kept in must be named in the in-phrase ("in Haiti", "in
// Erbil"): forces kept "in the towns it had taken" or "in the capital"
// are kept at home, or where the story guesses wrong.
func (s *sent) habitualPresence(i int, e *Entry, a frameArgs) bool {
	if !keptForcesModalSwitch || e.Lemma != "keep" || e.Code != "074" {
		return false
	}
	if !s.hasKid(i, "aux", "will", "would", "could", "may", "might", "can", "shall") {
		return true
	}
	for _, n := range a.obl["in"] {
		if len(s.argActors(n)) > 0 {
			return false
		}
	}
	return true
}
