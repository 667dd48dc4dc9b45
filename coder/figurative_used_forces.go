package coder

import "strings"

// Forces used. "use force" is repression or an armed threat (175); "use
// forces", plural, is troops put to use ("the potential to cause problems
// by using forces and weapons that don't yet seem fully engaged"), no act
// against anyone (spur30). Forces used against or on someone are
// repression again: "the junta used security forces against the
// protesters" (mend25).

// usedForces reports a "use" trigger whose object is the plural "forces"
// with no one they are used against or on (an "against"/"on" phrase of
// the trigger or of "forces" that names an actor, a crowd or a person by
// pronoun). A place or front is no one: "Russia used forces on the
// eastern front" (review finding 6).
func (s *sent) usedForces(i int, a frameArgs) bool {
	if s.lemma(i) != "use" || a.obj < 0 || s.lemma(a.obj) != "force" || !strings.Contains(s.tok(a.obj).Feats, "Number=Plur") {
		return false
	}
	for _, p := range []string{"against", "on"} {
		for _, n := range a.obl[p] {
			if s.forcesAimedAt(n) {
				return false
			}
		}
	}
	for _, k := range []int{i, a.obj} {
		for _, c := range s.kids(k) {
			if r := s.rel(c); r == "obl" || r == "nmod" {
				if p := s.caseOf(c); (p == "against" || p == "on") && s.forcesAimedAt(c) {
					return false
				}
			}
		}
	}
	return true
}

// forcesAimedAt reports the head n of an against/on phrase naming
// someone forces are used on: a coded actor, a crowd noun ("the
// protesters", "people") or a pronoun ("them").
func (s *sent) forcesAimedAt(n int) bool {
	if s.isTime(n) {
		return false
	}
	return s.actorAt(n) != nil || s.lemmaIn(crowdNouns, n) || s.tok(n).UPOS == "PRON"
}
