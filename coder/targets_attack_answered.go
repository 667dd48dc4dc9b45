package coder

import "sitrep"

// attackAnsweredOn switches attackAnswered (tests turn it off).
var attackAnsweredOn = true

// answerVerbs answer an attack: "respond to", "retaliate for", "react to".
// "hit" is among them for "hit back for", "would hit Iran hard for its
// attack" (an answer aimed at the attacker): the rule reads only an
// answer with no target of its own whose "to", "for" or "against" phrase
// names an attack (attackNouns, provocationNouns), so a plain "hit the
// convoy" is never read here.
var answerVerbs = setOf("respond", "retaliate", "react", "reply", "hit")

// provocationNouns name what an answer answers, beside attackNouns.
var provocationNouns = setOf("provocation", "aggression", "incursion", "firing", "fire", "attack", "strike", "shelling", "invasion", "offensive")

// attackAnswered is the doer of the attack an answer answers, when the
// frame names no target: "will respond to an Iraqi attack on Jordan",
// "retaliated for Russia's shelling", "would react to any Turkish
// provocation", also an answer vowed or threatened ("vowed to respond to
// Iran's attack"). The answer is aimed at the attacker (its possessor or
// country adjective), not at the attack's victim or at the nearest
// foreign name. Not when the attacker is the answerer's own country.
func (s *sent) attackAnswered(i int, a frameArgs, sources []*sitrep.ActorMention) *sitrep.ActorMention {
	if !attackAnsweredOn || len(sources) == 0 {
		return nil
	}
	if !answerVerbs[s.lemma(i)] && a.xcomp >= 0 && answerVerbs[s.lemma(a.xcomp)] {
		// "vowed to respond to Iran's attack": the answer promised.
		i, a = a.xcomp, s.frame(a.xcomp)
	}
	if !answerVerbs[s.lemma(i)] {
		return nil
	}
	for _, p := range []string{"to", "for", "against"} {
		for _, n := range a.obl[p] {
			if !attackNouns[s.lemma(n)] && !provocationNouns[s.lemma(n)] {
				continue
			}
			for _, c := range s.kids(n) {
				var m *sitrep.ActorMention
				switch s.deprel(c) {
				case "nmod:poss", "compound", "amod":
					// ("Iran's attack": a possessive country the actor
					// coder leaves uncoded before a noun of no actor.)
					if m = s.actorAt(c); m == nil {
						m = s.countryWord(c)
					}
				case "nmod":
					if s.caseOf(c) == "by" {
						m = s.actorAt(c)
					}
				}
				if m != nil && actorKey(m) != "" && m.Country != sources[0].Country {
					return m
				}
			}
		}
	}
	return nil
}
