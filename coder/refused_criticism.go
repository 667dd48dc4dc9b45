package coder

// Eighteenth session (miss26): "declined to criticise Turkey", "declined
// to threaten Moscow".

// refusedCriticismOn switches refusedCriticism.
var refusedCriticismOn = true

// withheldConflictVerbs are verbal acts against a party (criticism,
// accusation, threat) that a source may decline or refuse to make. Not
// "attack": "the army refused to attack the town" is no act, as
// notDoneAct has it, and a verbal attack refused is rare.
var withheldConflictVerbs = setOf("criticise", "criticize", "condemn", "denounce", "censure", "rebuke", "blame", "accuse",
	"threaten")

// refusedCriticism reports a criticism, accusation or threat declined or
// refused: "declined to criticise Turkey directly", "declined to threaten
// Moscow". The written gold and the real coders both code the act
// withheld, negated (111, 130), as "did not criticise"; the refusal
// answers no one's request, so it is no rejection (12x) of the party
// spared. i is the verb under the refusal.
func (s *sent) refusedCriticism(i int) bool {
	if !refusedCriticismOn || i < 0 || !s.lemmaIn(withheldConflictVerbs, i) {
		return false
	}
	// (toComplement: also the infinitive the parse made an adverbial
	// clause, "declined to criticise Turkey directly", as notDoneAct.)
	return s.toComplement(i) && s.refusalHead(s.head(i))
}
