package coder

// Twentieth session (judge29): a judged act owned by an actor other than
// by a possessive. The owner is the actor criticised: "the test
// announced by North Korea is a brazen breach" (the participle's agent),
// "the Iraqi aggression", "U.S. meddling" (an adjective or a name of the
// owner's country), "Petro had made reckless remarks" (the subject of
// the verb that makes the act); and the noun of blame is itself the
// judged act when it has an owner ("said Russia's provocations must
// stop", "the facts of Iraqi aggression").

// ownersSwitch switches doingOwner and blameNounOwned off (tests).
var ownersSwitch = true

// doingOwner returns the token that names the owner of the judged act n
// when no possessive does: the agent of a participle on n ("the test
// carried out by Pyongyang"), a "by" phrase of n ("the attack by
// Russia"), a nationality modifying n ("North Korean provocations") or a
// country name before a noun of blame ("U.S. interference"), or the subject of a verb of doing
// whose object n is ("Petro made reckless remarks"); -1 for none.
func (s *sent) doingOwner(n int) int {
	for _, c := range s.kids(n) {
		switch s.deprel(c) {
		case "acl":
			if s.tok(c).XPOS == "VBN" {
				if a := s.child(c, "obl:agent"); a >= 0 && s.tok(a).UPOS != "PRON" {
					return a
				}
			}
		case "nmod":
			if s.caseOf(c) == "by" && s.tok(c).UPOS != "PRON" {
				return c
			}
		case "amod":
			if c < n && len(keyed(s.argActors(c))) > 0 {
				return c
			}
		case "compound":
			// A name before a noun of blame is its doer ("U.S.
			// meddling"); before another act it is as often its topic
			// or victim ("the reckless China policy", "the brutal
			// Gaza attack"), review23.
			if c < n && blameNouns[s.lemma(n)] && len(keyed(s.argActors(c))) > 0 {
				return c
			}
		}
	}
	if s.rel(n) == "obj" {
		if v := s.head(n); v >= 0 && doingVerbs[s.lemma(v)] {
			if sb := s.child(v, "nsubj"); sb >= 0 && s.deprel(sb) == "nsubj" {
				return sb
			}
		}
	}
	return -1
}

// doingVerbs make what their subject does or says: "made remarks",
// "took steps", "issued a statement".
var doingVerbs = setOf("make", "take", "issue", "adopt", "pursue", "launch", "carry", "conduct", "stage", "commit")

// blameNounOwned returns, for a noun of blame (i) with no lexicon entry of
// its own, i and its owner ("Russia's provocations", "Iraqi
// aggression"); -1, -1 for none.
func (s *sent) blameNounOwned(i int) (int, int) {
	if !ownersSwitch || s.tok(i).UPOS != "NOUN" || !blameNouns[s.lemma(i)] || s.child(i, "cop") >= 0 {
		// (A predicate, "was a provocation", is the evaluative
		// rule's.)
		return -1, -1
	}
	if r := s.rel(i); r != "nsubj" && r != "obj" {
		// ("Pyongyang was a party to Russia's aggression": the
		// noun names what another is told of, not the verdict.)
		return -1, -1
	}
	p := s.child(i, "nmod:poss")
	if p < 0 {
		p = s.doingOwner(i)
	}
	if p < 0 || s.tok(p).UPOS == "PRON" || len(keyed(s.argActors(p))) == 0 {
		return -1, -1
	}
	return i, p
}

// blameNouns name an act as wrongdoing by their very word.
var blameNouns = setOf("provocation", "aggression", "interference", "meddling", "intimidation", "bullying", "blackmail",
	"lie", "smear", "slander", "propaganda", "disinformation", "hypocrisy", "recklessness", "arrogance", "brinkmanship",
	"adventurism", "belligerence", "sabotage", "betrayal", "atrocity", "outrage", "affront", "insult")
