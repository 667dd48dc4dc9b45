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
// Venezuela attacked Guyana") stay as well. The main clause must be a
// party's act: a verb, not a copular clause ("it would be a breakthrough
// if Chile withdrew"), and a pronoun setter one that stands for an actor
// (resolved by the actor coder or by antecedent), not an expletive "it"
// (review21).
func (s *sent) conditionConcession(i int, code string) bool {
	if !conditionConcessions || code[:2] != "08" || !s.ifClause(i) {
		return false
	}
	h := s.head(i)
	if h >= 0 && speechVerbs[s.lemma(h)] {
		if c := s.child(h, "ccomp"); c >= 0 {
			// "It would be a breakthrough if Chile withdrew, the
			// minister said", the condition hung on the speech verb:
			// it is the reported clause's, not the speaker's.
			h = c
		}
	}
	if h < 0 || s.tok(h).UPOS != "VERB" || s.child(h, "cop") >= 0 {
		return false
	}
	setter, ok := s.subjectOf(h)
	if !ok || setter.key == "" && !setter.pron || setter.pron && setter.mention < 0 && s.antecedent(setter.tok) == nil {
		return false
	}
	own, ok := s.subjectOf(i)
	return !ok || !own.same(setter)
}
