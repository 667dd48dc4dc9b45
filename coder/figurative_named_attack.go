package coder

// Seventeenth session (kbusfix23): attack nouns that name a past attack
// by its place, or no attack at all.

// namedAttack reports an attack noun that names no new attack:
//   - an illness ("a heart attack", "a panic attack");
//   - a past attack named by the place it struck, "the Paris terror
//     attacks", "the Benghazi terrorist attacks", "since the San
//     Bernardino and Paris terrorist attacks": the definite noun with a
//     place-name modifier and no "on" or "against" phrase recalls an
//     attack the reader knows. Its place is where it happened, not its
//     source, and the coder found its pair by guessing (switch
//     "named-attack").
func (s *sent) namedAttack(i int, a frameArgs) bool {
	if !figOn("named-attack") || s.tok(i).UPOS != "NOUN" {
		return false
	}
	if l := s.lemma(i); l != "attack" && l != "attacks" && l != "bombing" && l != "shooting" {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "compound" && s.lemmaIn(illnessWords, c) {
			return true
		}
	}
	if len(a.obl["on"]) > 0 || len(a.obl["against"]) > 0 || a.obj >= 0 {
		return false
	}
	if !s.childLemma(i, "det", "the") {
		return false
	}
	for _, c := range s.kids(i) {
		if r := s.rel(c); (r == "compound" || r == "amod") && s.tok(c).UPOS == "PROPN" && s.inEntity(c, "LOC", "GPE") {
			return true
		}
	}
	return false
}

var illnessWords = setOf("heart", "panic", "asthma", "anxiety", "seizure")
