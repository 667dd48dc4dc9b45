package coder

// conditionConcessions switches conditionConcession (tests turn it off).
var conditionConcessions = true

// conditionConcession reports a concession (08: yield, comply, withdraw,
// lift a blockade or sanctions) that is only the condition one party sets
// for its own act: "Azerbaijan could take the case to court if Moscow did
// not comply", "Ecuador could drop the swap if Moscow lifted the
// restrictions", "warned Iraq of strikes if it does not back down". The
// "if" or "unless" clause states what the party of the main clause asks
// of the other; nobody has yielded or promised to, and careful coders
// leave it uncoded, as they do the threatened act of a threat (the gold
// guide) and a refusal set as a condition (conditionRefusal). Only when
// an actor (a named party or a personal pronoun) other than the
// concession's own subject heads the main clause: "a truce was possible if
// Kyiv stopped its attacks" names no party setting the condition, and the
// gold codes the act, hypothetical; other acts as conditions ("if
// Venezuela attacked Guyana") stay as well.
func (s *sent) conditionConcession(i int, code string) bool {
	if !conditionConcessions || code[:2] != "08" || s.tok(i).UPOS != "VERB" || s.rel(i) != "advcl" || !s.hasKid(i, "mark", "if", "unless") {
		return false
	}
	h := s.head(i)
	if h < 0 {
		return false
	}
	setter, ok := s.subjectOf(h)
	if !ok || setter.key == "" && !setter.pron {
		return false
	}
	own, ok := s.subjectOf(i)
	return !ok || !own.same(setter)
}
