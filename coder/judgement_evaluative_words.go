package coder

// Seventeenth session (judge23): an actor's judgement of another actor
// told with an evaluative word predicated of that actor under a verb of
// saying or in a quote with its speaker: "Comey said Clinton had been
// extremely careless", "Sanders said Trump was unfit to be president",
// "\"Senator Lee is a disgrace,\" the governor said" (111), "the mayor
// said Governor Brown was a courageous leader" (051). The older
// evaluative rule ("said the move was unacceptable", negativePredicates)
// judges acts and finds their doer; these words judge people and
// parties, so the predicate's subject must itself name an actor (no
// guessed doer), and a judgement of a thing codes nothing.

// judgedWordsSwitch switches judgedActorEntry off (tests).
var judgedWordsSwitch = true

// judgedNegative are strongly negative words told of an actor, beyond
// negativePredicates (which stay with the older rule).
var judgedNegative = setOf("unfit", "unstable", "careless", "stupid", "ignorant", "liar", "dishonest", "incompetent",
	"disgrace", "divisive", "unqualified", "racist", "bigot", "bigoted", "hypocrite", "hypocritical", "fraud",
	"despicable", "disgusting", "pathetic", "shameless", "unhinged", "crooked", "corrupt", "cowardly", "arrogant",
	"inept", "embarrassment", "demagogue", "bully", "crook", "thug", "appalling", "sinister", "deceitful",
	"untrustworthy", "irrational", "delusional", "clueless", "ruthless", "brazen", "insane", "lunatic", "menace")

// judgedPositive are words of praise told of an actor; negated ("is not
// fit to lead", "was not qualified") they are criticism.
var judgedPositive = setOf("charming", "honest", "courageous", "brave", "admirable", "qualified", "fit", "terrific",
	"wonderful", "brilliant", "outstanding", "excellent", "decent", "trustworthy", "heroic", "inspiring", "visionary",
	"hero", "champion", "patriot", "statesman")

// praisePredicateEntry codes "said X was a courageous leader" as praise
// (051) from the speaker to X.
var praisePredicateEntry = &Entry{Lemma: "(predicate)", Targets: []string{"obj"}, Code: "051", Name: "said X was admirable"}

// judgedPersonEntry codes "said X was unfit to lead" as criticism (111)
// from the speaker to X.
var judgedPersonEntry = &Entry{Lemma: "(predicate)", Targets: []string{"obj"}, Code: "111", Name: "said X was unfit"}

// judgedActorEntry returns the entry of an evaluative word of
// judgedNegative or judgedPositive that is the predicate (with a
// copula) of a clause told by a speaker, whose subject names an actor
// and is no pronoun; nil for none. A negated word of praise is
// criticism; a negated word of blame, an open question or a condition
// codes nothing.
func (s *sent) judgedActorEntry(i int) *Entry {
	if !judgedWordsSwitch {
		return nil
	}
	t := s.tok(i)
	l := s.lemma(i)
	fitVerb := t.UPOS == "VERB" && l == "fit" && s.hasKid(i, "aux", "be") && s.child(i, "obj") < 0
	if (t.UPOS != "ADJ" && t.UPOS != "NOUN" || s.child(i, "cop") < 0) && !fitVerb {
		// ("was not fit to lead": the tagger can read "fit" as a verb.)
		return nil
	}
	neg, pos := judgedNegative[l], judgedPositive[l]
	if !neg && !pos && t.UPOS == "NOUN" {
		// "is a courageous leader", "is a dangerous man": the noun
		// judged by its adjective.
		for _, c := range s.kids(i) {
			if s.rel(c) != "amod" {
				continue
			}
			a := s.lemma(c)
			neg = neg || judgedNegative[a] || strongNegativeWord(a)
			pos = pos || judgedPositive[a]
		}
		if neg && pos {
			return nil
		}
	}
	if !neg && !pos {
		return nil
	}
	if !s.speechComplement(i) && s.quotedSpeech(i) < 0 {
		return nil
	}
	sb := s.child(i, "nsubj")
	if sb < 0 || s.tok(sb).UPOS == "PRON" && !s.thirdPersonJudged(sb) || len(keyed(s.argActors(sb))) == 0 {
		return nil
	}
	if m := s.child(i, "mark"); m >= 0 && (s.lemma(m) == "if" || s.lemma(m) == "whether") {
		return nil
	}
	if s.hasKid(i, "aux", "would", "could", "might", "may") {
		// "said Lee would be a disaster": a guess, not a judgement.
		return nil
	}
	if s.negatedVerb(i) {
		if neg {
			return nil
		}
		return judgedPersonEntry
	}
	if neg {
		return judgedPersonEntry
	}
	return praisePredicateEntry
}

// judgedPossessionEntry codes "said Russia's reckless actions threatened
// Europe" as criticism (111) from the speaker to the possessor.
var judgedPossessionEntry = &Entry{Lemma: "(modifier)", Targets: []string{"obj"}, Code: "111", Name: "said X's reckless acts"}

// judgedPossessor returns, for a strongly negative adjective (i) that
// modifies a noun whose possessor names an actor ("Russia's worrying
// actions", "Trump's reckless remarks"), in a clause told by a speaker
// (a verb of saying's complement, or a quote with its speaker after it,
// up to four heads above the noun), the possessor and the verb of
// saying; -1, -1 for none.
func (s *sent) judgedPossessor(i int) (int, int) {
	if !judgedWordsSwitch {
		return -1, -1
	}
	n, p := s.judgedOwned(i)
	if n < 0 {
		return -1, -1
	}
	for k, steps := n, 0; k >= 0 && steps < 5; k, steps = s.head(k), steps+1 {
		if s.openQuestion(k) {
			return -1, -1
		}
		if m := s.child(k, "mark"); m >= 0 && (s.lemma(m) == "if" || s.lemma(m) == "whether") {
			return -1, -1
		}
		if v := s.speechVerbOf(k); v >= 0 {
			return p, v
		}
		if q := s.quotedSpeech(k); q >= 0 {
			return p, q
		}
	}
	return -1, -1
}

// judgedOwned returns, for a strongly negative adjective (i) that
// modifies a noun of judgedDoings, that noun and its possessor naming an
// actor ("Russia's worrying actions"); -1, -1 for none.
func (s *sent) judgedOwned(i int) (int, int) {
	if s.rel(i) != "amod" {
		return s.blameNounOwned(i)
	}
	switch t := s.tok(i); {
	case t.UPOS == "ADJ":
		if l := s.lemma(i); describingWords[l] || !judgedNegative[l] && !strongNegativeWord(l) && !possessionWords[l] {
			return -1, -1
		}
	case t.UPOS == "VERB" && t.XPOS == "VBG":
		// ("Russia's worrying actions": the tagger can read the
		// adjective as a participle.)
		if !possessionWords[s.lowerWord(i)] {
			return -1, -1
		}
	default:
		return -1, -1
	}
	n := s.head(i)
	if n < 0 || !judgedDoings[s.lemma(n)] {
		// ("Iraq's dangerous army": a judgement of a force, not of
		// what its owner did or said.)
		return -1, -1
	}
	p := s.child(n, "nmod:poss")
	if p < 0 && ownersSwitch {
		p = s.doingOwner(n)
	}
	if p < 0 || s.tok(p).UPOS == "PRON" || len(keyed(s.argActors(p))) == 0 {
		return -1, -1
	}
	return n, p
}

// possessionWords judge what an actor did or said, beyond the predicate
// lists: "Russia's worrying actions", "Trump's offensive remarks".
var possessionWords = setOf("worrying", "offensive", "derogatory", "outlandish", "inflammatory", "hateful", "bigoted",
	"misguided", "disastrous", "failed", "expansionist", "belligerent")

// describingWords are words of blame as a predicate ("the decision was
// unilateral") that as a modifier as often describe the act as judge it
// ("welcomed Israel's unilateral move", "coercive measures", "an
// aggressive campaign"): judgedOwned leaves them (review23).
var describingWords = setOf("unilateral", "coercive", "aggressive")

// judgedDoings are what an actor does or says, judged by the adjective
// of judgedPossessor.
var judgedDoings = setOf("action", "act", "behavior", "behaviour", "conduct", "remark", "comment", "statement", "rhetoric",
	"language", "word", "view", "policy", "decision", "move", "measure", "step", "campaign", "attack", "provocation",
	"claim", "proposal", "plan", "stance", "position", "approach", "response", "handling", "declaration", "threat",
	"tweet", "speech", "attitude", "activity", "interference", "aggression", "escalation", "test", "launch")
