package coder

import "strings"

// Forces used. "use force" is repression or an armed threat (175); "use
// forces", plural, is troops put to use ("the potential to cause problems
// by using forces and weapons that don't yet seem fully engaged"), no act
// against anyone (spur30).

// usedForces reports a "use" trigger whose object is the plural "forces".
func (s *sent) usedForces(i int, a frameArgs) bool {
	return s.lemma(i) == "use" && a.obj >= 0 && s.lemma(a.obj) == "force" && strings.Contains(s.tok(a.obj).Feats, "Number=Plur")
}
