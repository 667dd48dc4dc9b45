package coder

// Twenty-first session (judge30): "said Beijing firmly opposed all forms
// of cyber attacks", "firmly opposes any kind of interference": an
// opposition told of a kind of act in general, a stand of principle, is
// aimed at no one's act; the lexicon's "firmly oppose" (111) is
// criticism of an act someone did ("firmly opposed the decision").

// generalOppositionSwitch switches generalOpposition off (tests).
var generalOppositionSwitch = true

// kindNouns name a kind of act, not one act: "all forms of attacks".
var kindNouns = setOf("form", "kind", "type", "manner")

// generalOpposition reports "oppose" (i) whose object (o) is an act in
// general: a noun of kindNouns, or a noun under "all", "any" or "every".
// Not when the act names its doer: "opposes any interference by the
// United States in its internal affairs" criticises the United States
// (mend25).
func (s *sent) generalOpposition(i, o int) bool {
	if !generalOppositionSwitch || s.lemma(i) != "oppose" || o < 0 {
		return false
	}
	if !s.lemmaIn(kindNouns, o) && !s.hasKid(o, "det", "all", "any", "every") {
		return false
	}
	return !s.actNamesDoer(o)
}

// actNamesDoer reports an act noun o that is itself an actor's name,
// or names its doer (doerNamed).
func (s *sent) actNamesDoer(o int) bool {
	return s.mentionCovering(o) != nil || s.doerNamed(o, 0)
}

// doerNamed reports an act noun o with an actor in a by- or from-phrase
// ("interference by the United States") or as an adjective ("American
// interference"), or an of-phrase whose own act names its doer so ("all
// forms of attacks by Russia"). An actor named in the of-phrase itself
// is the act's object, not its doer: "any invasion of Venezuela"
// (review finding 5).
func (s *sent) doerNamed(o, depth int) bool {
	for _, c := range s.kids(o) {
		switch s.deprel(c) {
		case "amod":
			if s.mentionCovering(c) != nil {
				return true
			}
		case "nmod":
			switch s.caseOf(c) {
			case "by", "from":
				if s.actorAt(c) != nil {
					return true
				}
			case "of":
				if depth < 4 && s.doerNamed(c, depth+1) {
					return true
				}
			}
		}
	}
	return false
}
