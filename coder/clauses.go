package coder

// What the clause says of an act: refusals, threats, blame, appeals,
// plans and the parse's shapes that decide how a trigger is coded.

import (
	"strings"
)

// crowdDemand reports a demand a crowd makes ("the demonstrators are
// demanding that the party reverse its decision"). (Coding it as the
// crowd's demonstration, 141, was tried: the targets it finds are
// mostly wrong.)
func (s *sent) crowdDemand(i int, a frameArgs) bool {
	sb := s.subjectWord(a)
	return sb >= 0 && s.lemmaIn(crowdNouns, sb)
}

// protestPurpose reports a demand made as the purpose of a protest
// ("marched to demand", "would hold a mass rally to demand", "protested,
// demanding").
func (s *sent) protestPurpose(i int) bool {
	r, h := s.rel(i), s.head(i)
	if h < 0 || !(r == "advcl" || r == "xcomp" || r == "conj") {
		return false
	}
	if s.lemmaIn(protestVerbs, h) {
		return true
	}
	if o := s.child(h, "obj"); o >= 0 && s.lemmaIn(protestNouns, o) {
		return true
	}
	return false
}

// modifiedBy reports a noun complement whose adjective is one of the
// listed words: "called the closure another *hostile* step", "a highly
// *provocative* move", as the list names "hostile" and "provocative".
func (s *sent) modifiedBy(k int, set []string) bool {
	if s.tok(k).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "amod" && s.oneOf(c, set) {
			return true
		}
	}
	return false
}

// quoteMark reports a straight or curly quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''":
		return true
	}
	return false
}

// refusal reports a negated future or conditional ("would not", "will
// not") on trigger i or the verb whose complement it is.
func (s *sent) refusal(i int) bool {
	if h := s.existentialNo(i); h >= 0 {
		i = h
	}
	for k := i; k >= 0; k = s.head(k) {
		for _, c := range s.kids(k) {
			if s.rel(c) == "aux" && (futureAux[s.lemma(c)] || s.lemma(c) == "would") {
				return true
			}
		}
		if s.rel(k) != "xcomp" {
			return false
		}
	}
	return false
}

// domesticCode reports acts mostly done at home: protest, arrest,
// repression.
func domesticCode(code string) bool {
	// A resignation (0831) and the easing of a ban, curfew or state of
	// emergency (081x) answer the country's own people, as protest and
	// repression do.
	// Goods seized ("police seized weapons") are taken at home too, and
	// a leader's refusal to resign (1231) answers its own country.
	return code[:2] == "14" || strings.HasPrefix(code, "173") || strings.HasPrefix(code, "175") || strings.HasPrefix(code, "172") || code == "1711" || code == "1231" || code == "137" ||
		code == "0831" || strings.HasPrefix(code, "081")
}

// actNoun returns the kind of act (welcomedAct) a CAMEO code is, or "".
func actNoun(code string) string {
	switch {
	case strings.HasPrefix(code, "0841"), code == "084":
		return "release"
	case strings.HasPrefix(code, "173"):
		return "arrest"
	case strings.HasPrefix(code, "163"):
		return "sanction"
	}
	return ""
}

// perfectActive reports a verb in the active perfect ("has offered to
// mediate") that the parse gave a passive subject: "has", "have" or
// "had" and no passive auxiliary ("been", "was") among its children.
func (s *sent) perfectActive(i int) bool {
	perfect := false
	for _, c := range s.kids(i) {
		switch s.deprel(c) {
		case "aux:pass":
			return false
		case "aux":
			if s.lemma(c) == "have" {
				perfect = true
			}
		}
	}
	return perfect
}

// bareActive reports a clause's verb with no auxiliary of the passive
// ("was", "been"), whatever label the parse gave its subject: "the
// ministers of the two countries negotiated for six hours", "the bloc, in
// a statement issued by its chair, called for dialogue", read with a
// passive subject. (Not a participle modifying a noun, nor one giving a
// name: "the rebel leader, known as Tiger, apologised".)
func (s *sent) bareActive(i int) bool {
	if r := s.rel(i); r == "acl" || r == "amod" || namingParticiples[s.lemma(i)] {
		return false
	}
	for _, c := range s.kids(i) {
		if s.deprel(c) == "aux:pass" || s.rel(c) == "aux" && (s.lemma(c) == "be" || s.lemma(c) == "get") {
			return false
		}
	}
	return true
}

// namingParticiples give a person or place another name ("known as").
var namingParticiples = setOf("know", "dub", "nickname")

// relativeSubject reports a verb with "which" or "who" among its
// subjects: a relative clause, whatever the parse made of it ("Iran,
// which backs the Houthis, condemned ..." parsed with "backs" the root).
func (s *sent) relativeSubject(i int) bool {
	return s.hasKid(i, "nsubj", "which", "who")
}

// signsLaw reports a signing of legislation: an object or an "into"
// phrase among lawNouns.
func (s *sent) signsLaw(a frameArgs) bool {
	if a.obj >= 0 && lawNouns[s.lemma(a.obj)] {
		return true
	}
	for _, n := range a.obl["into"] {
		if lawNouns[s.lemma(n)] {
			return true
		}
	}
	return false
}

// aidAppeal reports an appeal for aid or help ("appealed for more
// international help"): addressed to the world, not to the stricken
// country.
func (s *sent) aidAppeal(cd candidate) bool {
	for _, a := range appealArgs(cd) {
		if a < 0 {
			continue
		}
		if l := s.lemma(a); l == "aid" || l == "help" || l == "assistance" {
			return true
		}
	}
	return false
}

// appealArgs are what an appeal asks for: its object (-1 for none) and
// its "for" phrases.
func appealArgs(cd candidate) []int {
	return append([]int{cd.args.obj}, cd.args.obl["for"]...)
}

// abstractAppeal reports an appeal that names what it asks for and no
// addressee ("Saudi Arabia urged restraint"): it has no target, and none
// is inferred.
func (s *sent) abstractAppeal(cd candidate) bool {
	for _, a := range appealArgs(cd) {
		if a >= 0 && appealObjects[s.lemma(a)] && s.actorAt(a) == nil {
			return true
		}
	}
	return false
}

// deescalationAppeal reports an appeal whose object asks for the
// fighting to stop: restraint, calm, a ceasefire, an end or a halt.
func (s *sent) deescalationAppeal(cd candidate) bool {
	for _, a := range appealArgs(cd) {
		if a >= 0 && deescalationObjects[s.lemma(a)] {
			return true
		}
	}
	return false
}

// deescalationObjects are what an appeal to stop fighting asks for.
var deescalationObjects = setOf("restraint", "calm", "ceasefire", "truce", "de-escalation", "end", "halt")

// cooperation reports the roots of cooperative acts (intent, consultation,
// diplomatic and material cooperation, aid), which need two countries.
func cooperation(code string) bool {
	switch code[:2] {
	case "03", "04", "05", "06", "07":
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// joint reports exercises held together ("joint drills", "joint air
// exercises with Guyana"): a "joint" modifier on the trigger or its
// object. with lists the "with" phrases on either, the partners.
func (s *sent) joint(i int, a frameArgs) (with []int, ok bool) {
	for _, k := range []int{i, a.obj} {
		if k < 0 {
			continue
		}
		for _, c := range s.kids(k) {
			switch {
			case s.rel(c) == "amod" && s.lemma(c) == "joint":
				ok = true
			case (s.rel(c) == "nmod" || s.rel(c) == "obl") && s.caseOf(c) == "with":
				with = append(with, c)
			}
		}
	}
	with = append(with, a.obl["with"]...)
	return with, ok
}

// toldAct reports an object that names an act the story told: an acted
// noun ("condemned the violence"), or, when the object gave no actor,
// "it" or the relative pronoun of an acted noun ("called it a flagrant
// violation", "an attack that Qatar condemned").
func (s *sent) toldAct(i, obj int, hasTarget bool) bool {
	if hasTarget {
		return false
	}
	l := s.lemma(obj)
	if actedNouns[l] {
		return true
	}
	if o := s.whatNamed(obj); o >= 0 && o != obj {
		// "condemned what it called a cowardly attack": the act the
		// relative clause names.
		return s.toldAct(i, o, false)
	}
	if l == "it" || l == "this" {
		return true
	}
	if relPronouns[l] && s.deprel(i) == "acl:relcl" && s.head(i) >= 0 {
		return actedNouns[s.lemma(s.head(i))]
	}
	return false
}

// refusalCode is the rejection (12x) that a refused cooperative act
// amounts to: a refused meeting 125, a refused deal or material
// cooperation 121, refused aid 122, a refused concession 124, refused
// recognition 120. A visit or its hosting (042, 043) is not: "will not
// travel to Kathmandu" tells a visit that will not happen (the gold
// guide's negated, for visitor and host), not a rejection of talks; nor
// is a signing (057 told by "sign", lemma): "would not sign any deal" is
// the signing that will not happen (most of the gold codes it so), where
// "would not renew the pact" rejects it.
func refusalCode(code, lemma string) string {
	switch {
	case code == "042" || code == "043":
		return ""
	case code[:2] == "04":
		return "125"
	case code == "057" && lemma == "sign":
		return ""
	case code == "057" || code[:2] == "06":
		return "121"
	case code[:2] == "07":
		return "122"
	case code == "0831":
		// "would not resign", "will not step down": the resignation
		// that will not happen, the guide's 0831 negated (most of the
		// gold codes it so; "refused to resign", told by its own verb,
		// stays the rejection 1231).
		return ""
	case code == "0874" && lemma == "withdraw" && troopsKept:
		// "would not withdraw its troops": the withdrawal that will
		// not happen (0874 negated), as the gold sets code it.
		return ""
	case code[:2] == "08" || code == "055":
		return "124"
	case code == "054":
		// "would not recognise any agreement reached without it"
		return "120"
	case code == "038" && lemma == "accept":
		// "would not accept mediation", "will not accept third-party
		// mediation": mediation refused (126), not accepted negated.
		return "126"
	}
	return ""
}

// hasCompound reports a compound modifier of i with one of the lemmas
// ("a *phone* call").
func (s *sent) hasCompound(i int, lemmas []string) bool {
	for _, c := range s.kids(i) {
		if s.deprel(c) == "compound" && oneOf(s.lemma(c), lemmas) {
			return true
		}
	}
	return false
}

// toldWrongdoing reports a verb in the clausal complement of a speech
// verb that tells its subject's act as wrongdoing: done "illegally" or
// "unlawfully", or tried ("tried to unilaterally change the border",
// "tried to seize power"), with a subject that is not the speaker's
// pronoun.
func (s *sent) toldWrongdoing(i int) bool {
	if s.tok(i).UPOS != "VERB" {
		return false
	}
	if !s.speechComplement(i) {
		return false
	}
	sb := s.child(i, "nsubj")
	if sb < 0 || s.tok(sb).UPOS == "PRON" {
		return false
	}
	if s.hasKid(i, "advmod", "illegally", "unlawfully") {
		return true
	}
	if l := s.lemma(i); l == "try" || l == "attempt" {
		if x := s.child(i, "xcomp"); x >= 0 {
			if s.lemmaIn(wrongAttempts, x) {
				return true
			}
			if l := s.lemma(x); l == "change" {
				for _, c := range s.kids(x) {
					if s.rel(c) == "advmod" && s.lemma(c) == "unilaterally" {
						return true
					}
				}
			}
		}
	}
	return false
}

// actViolates reports "violate" or "breach" whose subject is a noun
// naming an act the story tells, in the clausal complement of a speech
// verb.
func (s *sent) actViolates(i int) bool {
	if l := s.lemma(i); s.tok(i).UPOS != "VERB" || l != "violate" && l != "breach" {
		return false
	}
	sb := s.child(i, "nsubj")
	if sb < 0 && s.violatingAct(i) >= 0 {
		return true
	}
	return sb >= 0 && actedNouns[s.lemma(sb)] && s.speechComplement(i)
}

// violatingAct returns the speech verb above "the attack violated
// Vietnam's sovereignty", "Ethiopia's unilateral steps violated
// international law", told under a speech verb and read by the parse as
// a participle modifying the act's noun (a past form with an object of
// its own, which no passive participle has); -1 if it is none.
func (s *sent) violatingAct(i int) int {
	h := s.head(i)
	if s.rel(i) != "acl" || s.tok(i).XPOS != "VBD" && s.tok(i).XPOS != "VBN" || s.child(i, "obj") < 0 || h < 0 || h > i {
		return -1
	}
	if !actedNouns[s.lemma(h)] && !violatingNouns[s.lemma(h)] {
		return -1
	}
	k := h
	for steps := 0; steps < 4; steps++ {
		k = s.head(k)
		if k < 0 {
			return -1
		}
		if s.tok(k).UPOS == "VERB" && speechVerbs[s.lemma(k)] {
			return k
		}
		if s.tok(k).UPOS == "VERB" && s.rel(k) == "conj" {
			// "said that the attack violated ... and demanded", read
			// with the noun the subject of the second verb.
			continue
		}
	}
	return -1
}

// violatingNouns are the acts besides actedNouns that a side is said to
// violate a law or a treaty by: steps, measures, decisions.
var violatingNouns = setOf("step", "measure", "decision", "policy", "plan", "project", "construction")

// speechComplement reports a clausal complement (ccomp, parataxis) of a
// speech verb: "said [the move] *violates* ...".
func (s *sent) speechComplement(i int) bool {
	return s.speechVerbOf(i) >= 0
}

// speechVerbOf returns the speech verb whose clausal complement i is, -1
// for none.
func (s *sent) speechVerbOf(i int) int {
	h := s.head(i)
	if h >= 0 && (s.rel(i) == "ccomp" || s.rel(i) == "parataxis") && speechVerbs[s.lemma(h)] {
		return h
	}
	if h >= 0 && h < i && s.rel(i) == "conj" && s.child(i, "cop") >= 0 && s.child(i, "nsubj") < 0 && speechConjSwitch {
		// "said the test undermines security and is in clear breach
		// of the resolutions": a verdict coordinated with the
		// complement shares its speaker.
		if s.rel(h) == "ccomp" || s.rel(h) == "parataxis" {
			if v := s.head(h); v >= 0 && speechVerbs[s.lemma(v)] {
				return v
			}
		}
	}
	return s.speechBesideObl(i)
}

// threatIdiom returns the speech verb (or vow) under which a verb of
// suffering with a consequence as its object ("would pay a price"), or an
// act said not to go unanswered, in the future or under a modal, tells a
// threat; -1 if it is none.
func (s *sent) threatIdiom(i int) int {
	if s.tok(i).UPOS != "VERB" || !s.sufferedConsequence(i) && !s.notUnanswered(i) {
		return -1
	}
	modal := false
	for _, c := range s.kids(i) {
		if s.rel(c) == "aux" {
			switch s.lemma(c) {
			case "will", "would", "shall", "must", "'ll":
				modal = true
			}
		}
	}
	if !modal {
		return -1
	}
	k := i
	if m := s.child(k, "mark"); s.rel(k) == "conj" && m >= 0 && s.lemma(m) == "that" {
		// "told the envoy that the expulsion was unacceptable and that
		// Estonia would bear the consequences": a second that-clause
		// coordinated with the first.
		k = s.head(k)
	}
	h := s.head(k)
	if h >= 0 && (s.rel(k) == "ccomp" || s.rel(k) == "parataxis") && (speechVerbs[s.lemma(h)] || s.lemma(h) == "vow") {
		return h
	}
	return s.trailingSpeech(i)
}

// sufferedConsequence reports a verb of suffering whose object is a
// consequence: "would pay a heavy price", "will bear the consequences".
func (s *sent) sufferedConsequence(i int) bool {
	o := s.child(i, "obj")
	return sufferVerbs[s.lemma(i)] && o >= 0 && s.lemmaIn(consequenceNouns, o)
}

// notUnanswered reports "will not go unanswered", "would not go
// unpunished": the speaker promises to answer the act the subject names,
// a threat though the clause is negated. The parse reads the participle
// as an adverb or as a complement.
func (s *sent) notUnanswered(i int) bool {
	if s.lemma(i) != "go" || !s.hasKid(i, "advmod", "not", "n't", "never") {
		return false
	}
	for _, c := range s.kids(i) {
		if r := s.rel(c); (r == "advmod" || r == "xcomp") && unansweredWords[s.lowerWord(c)] {
			return true
		}
	}
	return false
}

// unansweredWords say an act will meet a reply.
var unansweredWords = setOf("unanswered", "unpunished")

// blameAsked reports a predicate whose subject is asked about
// ("which side was responsible", "who was behind it") or whose speech
// verb is negated ("did not say").
func (s *sent) blameAsked(i int) bool {
	if sb := s.child(i, "nsubj"); sb >= 0 {
		if l := s.lemma(sb); l == "who" || l == "which" || l == "what" {
			return true
		}
		if d := s.child(sb, "det"); d >= 0 && (s.lemma(d) == "which" || s.lemma(d) == "what") {
			return true
		}
	}
	if h := s.head(i); h >= 0 {
		if s.hasKid(h, "advmod", "not", "n't", "never") {
			return true
		}
	}
	return false
}

// evaluative reports a negative predicate with a copula, in the clausal
// complement of a speech verb: "Tokyo said the remarks were *extremely
// wrong*", "Seoul said it was *a grave violation*".
func (s *sent) evaluative(i int) bool {
	t := s.tok(i)
	unpraised := t.UPOS == "ADJ" && s.negatedPraise(i)
	if (t.UPOS != "ADJ" && t.UPOS != "NOUN" && !(t.XPOS == "VBN" && s.lemma(i) == "motivate")) || !strongNegativeWord(s.lemma(i)) && !blamePredicates[s.lemma(i)] && !s.hostileAct(i) && !unpraised || s.child(i, "cop") < 0 && s.child(i, "aux:pass") < 0 && s.child(i, "aux") < 0 {
		return false
	}
	if !unpraised && strongNegative[s.lemma(i)] && !negativePredicates[s.lemma(i)] && s.negatedVerb(i) {
		// "said the step was not unilateral": no verdict.
		return false
	}
	if sj := s.child(i, "nsubj"); sj >= 0 && toldFalseNouns[s.lemma(sj)] && falseWords[s.lemma(i)] {
		// "said the accusation was ridiculous": a denial, which
		// falseClaim codes from the speech verb.
		return false
	}
	if s.hasKid(i, "aux", "would", "could", "might", "may") {
		// "it would be a travesty if ...": a guess, not a verdict.
		return false
	}
	return s.speechComplement(i) || s.quotedSpeech(i) >= 0
}

// quotedSpeech returns the speech verb of a quote whose speaker follows
// it ("\"The ban is unacceptable,\" the minister told reporters"): the
// parse makes the quoted predicate the head and hangs the speech verb
// on it (parataxis, conj). -1 if i heads no such quote.
func (s *sent) quotedSpeech(i int) int {
	for _, c := range s.kids(i) {
		if c <= i || s.rel(c) != "parataxis" && s.rel(c) != "conj" || !speechVerbs[s.lemma(c)] || s.child(c, "nsubj") < 0 {
			continue
		}
		if sb := s.child(i, "nsubj"); sb >= 0 && s.tok(sb).UPOS == "PRON" {
			// "\"This is a violation,\" he said": the pronoun is read
			// as the last party named, not as the act's doer.
			continue
		}
		// The quote closes between the predicate and the speech verb,
		// and opened before the predicate.
		closed, opened := false, false
		for j := i + 1; j < c; j++ {
			if quoteMark(s.doc.TokenText(j)) {
				closed = true
			}
		}
		for j := s.from; j < i; j++ {
			if quoteMark(s.doc.TokenText(j)) {
				opened = true
			}
		}
		if closed && opened {
			return c
		}
	}
	return -1
}

// cancelled reports a noun act called off by the verb it is the object
// of: "cancelled a visit", "called off the meeting". The act did not
// happen (negated), and the one who called it off is its party.
func (s *sent) cancelled(i int) bool {
	h := s.head(i)
	// The parse can read "called off her trip" as a passive with the
	// noun an oblique of no preposition: still the thing called off.
	obj := s.rel(i) == "obj" || s.rel(i) == "obl" && s.caseOf(i) == "" || s.cancelledSubject(i)
	if h < 0 || !obj || s.tok(i).UPOS != "NOUN" {
		return false
	}
	if s.lemmaIn(cancelVerbs, h) {
		return true
	}
	if l := s.lemma(h); l == "call" || l == "put" {
		for _, c := range s.kids(h) {
			if s.deprel(c) == "compound:prt" && s.lemma(c) == "off" {
				return true
			}
		}
	}
	return false
}

// hadToLeave returns the "leave" of "had 72 hours / until Friday to
// leave", -1 if have is no such deadline.
func (s *sent) hadToLeave(i int) int {
	for j := i + 1; j < s.to && j < i+12; j++ {
		if s.lemma(j) == "leave" && s.lemma(j-1) == "to" {
			for k := i + 1; k < j; k++ {
				if spanNouns[s.lemma(k)] || s.lemma(k) == "until" {
					return j
				}
			}
			return -1
		}
		if s.lemma(j) == "." || s.lemma(j) == ";" {
			return -1
		}
	}
	return -1
}

// leaveDeadline reports a verb that gives someone a span of time to
// leave: "gave the diplomats 48 hours to leave", "gave them until
// Friday to leave the country".
func (s *sent) leaveDeadline(i int) bool {
	if l := s.lemma(i); l != "give" && l != "grant" && l != "allow" {
		return false
	}
	return s.hadToLeave(i) >= 0
}

// oneOf reports whether token k's lemma is in set, or, for a word the
// lemmatiser left inflected ("troops"), its regular stem.
func (s *sent) oneOf(k int, set []string) bool {
	if oneOf(s.lemma(k), set) {
		return true
	}
	st := s.stem(k)
	return st != "" && st != s.lemma(k) && oneOf(st, set)
}

// consumeNouns marks the noun arguments of verb k (its object and
// obliques) as coding no event of their own.
func (s *sent) consumeNouns(consumed map[int]bool, k int) {
	for _, c := range s.kids(k) {
		if r := s.rel(c); (r == "obj" || r == "obl") && s.tok(c).UPOS == "NOUN" {
			consumed[c] = true
		}
	}
}

// consumePurpose marks the infinitives hung on k as coding no event of
// their own: what an act asked for is done for ("demanded that Skopje
// amend its constitution to recognise the minority") has not happened
// either.
func (s *sent) consumePurpose(consumed map[int]bool, k int) {
	for _, c := range s.kids(k) {
		if r := s.rel(c); (r == "xcomp" || r == "advcl") && s.infinitive(c) {
			s.consume(consumed, c, false)
		}
	}
}

// isTime reports a token of the sentence inside one of its date or time
// expressions.
func (s *sent) isTime(k int) bool {
	t := s.tok(k)
	for _, tx := range s.timexes() {
		if tx.Start <= t.Start && t.End <= tx.End {
			return true
		}
	}
	return false
}

// afterThatOn switches afterThat (eighteenth session, miss26).
var afterThatOn = true

// afterThat reports "after that" or "after this": a time, not a party an
// entry's after-phrase could name ("how high the force could go after
// that" is no "go after" a rival).
func (s *sent) afterThat(p string, o int) bool {
	if !afterThatOn || p != "after" {
		return false
	}
	l := s.lemma(o)
	return l == "that" || l == "this"
}

// freshClause reports whether the trigger's clause (the trigger, or for a
// noun the verb it hangs on) is a conjunct with a subject of its own after
// ", and" or ", but".
func (s *sent) freshClause(i int) bool {
	k := i
	if s.tok(k).UPOS != "VERB" {
		k = s.head(k)
	}
	if k < 0 {
		return false
	}
	subj := s.child(k, "nsubj", "nsubj:pass")
	if subj < 0 {
		return false
	}
	// The conjunction is the verb's, or (the parse often hangs the
	// clause elsewhere: "..., and Brazil, Colombia and Mexico called
	// on", read as a relative clause) stands right before its subject.
	cc := s.child(k, "cc")
	if s.rel(k) != "conj" || cc < 0 {
		// (The comma and "and" may hang on the subject itself.)
		lo, _ := s.subtree(subj)
		for lo < subj && (s.rel(lo) == "punct" || s.rel(lo) == "cc") {
			lo++
		}
		cc = lo - 1
	}
	return cc > s.from && (s.lemma(cc) == "and" || s.lemma(cc) == "but") && s.lemma(cc-1) == ","
}

// openQuestion reports a trigger inside a "whether" clause that a verb
// of saying or knowing leaves open: no act is asserted.
func (s *sent) openQuestion(i int) bool {
	k := i
	for steps := 0; steps < 6; steps++ {
		if m := s.child(k, "mark"); m >= 0 && s.lemma(m) == "whether" {
			h := s.head(k)
			return h >= 0 && unsaidVerbs[s.lemma(h)]
		}
		if k != i && clauseBoundary(s.rel(k)) {
			return false
		}
		if k = s.head(k); k < 0 {
			return false
		}
	}
	return false
}

// thatClause reports a verb in a clause introduced by "that" (itself or
// the verb it complements: "said ... that they would continue to
// cooperate"), for when the parse hung the clause away from its speech
// verb.
func (s *sent) thatClause(i int) bool {
	k := i
	for steps := 0; steps < 3 && k >= 0; steps++ {
		if m := s.child(k, "mark"); m >= 0 && s.lemma(m) == "that" {
			return true
		}
		if r := s.rel(k); r != "xcomp" && r != "conj" {
			return false
		}
		k = s.head(k)
	}
	return false
}

// verblessRoot returns the subject of a sentence the parse left without
// a main verb ("France, which sits with the United States on the
// committee that monitors the ceasefire, called on Israel and Lebanon
// ...", with "called" read as a participle on "ceasefire"): the nominal
// root, when it has a relative clause that ends at the comma right
// before verb i; else -1.
func (s *sent) verblessRoot(i int) int {
	if i-1 <= s.from || s.lemma(i-1) != "," || s.rel(i) != "acl" || s.child(i, "nsubj") >= 0 {
		return -1
	}
	r := s.rootOf(i)
	if r < 0 || r >= i || (s.tok(r).UPOS != "PROPN" && s.tok(r).UPOS != "NOUN") {
		return -1
	}
	// The verb hangs inside the relative clause, on its last noun.
	for k := s.head(i); k >= 0 && k != r; k = s.head(k) {
		if s.head(k) != r {
			continue
		}
		if s.deprel(k) == "acl:relcl" {
			return r
		}
		if sb := s.child(k, "nsubj"); sb >= 0 && relPronouns[s.lemma(sb)] {
			// "Antony Blinken, who was in Brussels for meetings with
			// NATO allies, called on Beijing ...", with the relative
			// clause read as a parataxis.
			return r
		}
	}
	return -1
}

// willAux reports a verb with "will" or "would" of its own: a promise
// ("Turkey would help rebuild"), not a condition ("if it helped").
func (s *sent) willAux(i int) bool {
	return s.hasKid(i, "aux", "will", "would")
}

// eachVerb reports a past verb after a floating "each" that the parse
// read as a modifier of its object ("Russia and Ukraine each freed 150
// prisoners", with "freed" an adjective of "prisoners" and the
// countries that noun's subject).
func (s *sent) eachVerb(i int) bool {
	if i-1 < s.from || s.lemma(i-1) != "each" || s.rel(i) != "amod" || s.tok(i).XPOS != "VBD" && s.tok(i).XPOS != "VBN" && !strings.HasSuffix(s.doc.TokenText(i), "ed") {
		return false
	}
	h := s.head(i)
	return h >= 0 && s.child(h, "nsubj") >= 0
}

// misreadPast finds a past verb the tagger read as a participle
// modifying its own object ("Laotian forces fired rockets at Thai
// positions", "fired" an adjective of "rockets", with "forces" parsed as
// that noun's subject or as the head it is the object of; "Iran's
// Revolutionary Guards fired missiles", with "Guards" a compound of
// "missiles"; "Israeli aircraft struck targets", with "targets" a
// modifier of "aircraft"). It returns
// the subject, an actor named just before the verb, and the object, the
// noun the verb modifies; -1, -1 when the verb is no such misreading.
func (s *sent) misreadPast(i int) (subj, obj int) {
	n := i - 1
	if !misreadVerb(s.lemma(i)) || s.tok(i).UPOS != "VERB" || s.rel(i) != "amod" || n < s.from || s.tok(i).XPOS != "VBD" && s.tok(i).XPOS != "VBN" {
		return -1, -1
	}
	if u := s.tok(n).UPOS; u != "NOUN" && u != "PROPN" {
		return -1, -1
	}
	if s.mentionCovering(n) == nil && !s.ownedDoer(n) {
		// ("its drones struck": frames_misread_past_owner.go.)
		return -1, -1
	}
	h := s.head(i)
	if h <= i {
		return -1, -1
	}
	if !s.modifiersOnly(i+1, h) {
		return -1, -1
	}
	if s.head(n) == h || s.head(h) == n {
		// (Whatever the relation: an actor and a noun with only the
		// verb between them is no noun phrase of its own.)
		return n, h
	}
	return -1, -1
}

// misreadGerund finds a gerund the parse read as a modifier of its own
// object ("kept blocking highways", "marched, banging pots and blocking
// roads", with "blocking" an adjective or compound of the noun after it,
// and that noun the object or oblique of the verb above). It stands
// right after that verb or after "and" or a comma, so a noun's own
// modifier ("a blocking minority", "the ruling party") is not taken. It
// returns the subject of the clause above (its subject, the subject it
// shares, or the noun a reduced relative hangs on: "supporters
// protested", read as "supporters [who] protested") and the object, the
// noun the gerund modifies; -1, -1 when the gerund is no such misreading.
func (s *sent) misreadGerund(i int) (subj, obj int) {
	if s.tok(i).UPOS != "VERB" || s.tok(i).XPOS != "VBG" || i-1 < s.from {
		return -1, -1
	}
	if r := s.rel(i); r != "amod" && r != "compound" {
		return -1, -1
	}
	h := s.head(i)
	if h <= i {
		return -1, -1
	}
	if u := s.tok(h).UPOS; u != "NOUN" && u != "PROPN" {
		return -1, -1
	}
	if !s.modifiersOnly(i+1, h) {
		return -1, -1
	}
	v := s.head(h)
	if v < 0 || v >= i || s.tok(v).UPOS != "VERB" {
		return -1, -1
	}
	if r := s.rel(h); r != "obj" && r != "obl" {
		return -1, -1
	}
	if p := s.lemma(i - 1); i-1 != v && p != "and" && p != "," {
		return -1, -1
	}
	if sb := s.child(v, "nsubj"); sb >= 0 {
		return sb, h
	}
	if sb := s.sharedSubject(v); sb >= 0 {
		return sb, h
	}
	if n := s.head(v); n >= 0 && s.deprel(v) == "acl" && s.tok(n).UPOS == "NOUN" {
		return n, h
	}
	return -1, -1
}

// modifiersOnly reports that the words from..to-1 are all determiners,
// adjectives or numbers: the misread verb and the noun it takes are one
// noun phrase apart ("fired two ballistic missiles").
func (s *sent) modifiersOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if u := s.tok(k).UPOS; u != "DET" && u != "ADJ" && u != "NUM" {
			return false
		}
	}
	return true
}

// misreadForceVerbs are the verbs of force whose misreading misreadPast
// repairs. (Every verb was tried: "the two leaders held talks" was then
// coded too, right, but a meeting the gold counts under its signing.)
var misreadForceVerbs = setOf("fire", "shoot", "strike", "launch", "shell", "bomb", "attack", "hit", "pound", "kill", "wound", "ambush", "seize", "capture")

// fightNouns name a fight a toll is told in ("killed in a clash with").
var fightNouns = setOf("clash", "fighting", "firefight", "skirmish", "battle", "ambush", "gunfight")

// tollDoer finds the doer of a passive toll told without an agent, in
// the fight it happened in: "were killed in a clash with Chinese
// troops", "were wounded in an attack by rebels" give the noun after
// "with" or "by" on the fight's noun, when it names a coded actor; -1
// for none.
func (s *sent) tollDoer(a frameArgs) int {
	for _, f := range a.obl["in"] {
		if !s.lemmaIn(fightNouns, f) && !s.lemmaIn(attackNouns, f) {
			continue
		}
		for _, c := range s.kids(f) {
			if s.rel(c) != "nmod" || c < f {
				continue
			}
			if p := s.caseOf(c); (p == "with" || p == "by") && actorKey(s.actorAt(c)) != "" {
				return c
			}
		}
	}
	return -1
}

// negatedVerb reports a verb with "not" or "never" of its own.
func (s *sent) negatedVerb(k int) bool {
	for _, c := range s.kids(k) {
		if l := s.lemma(c); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return false
}

// refusedVerb reports a verb negated under "will" or "would" of its own
// ("would not withdraw", "will not accept"): the shape of refusedAct and
// refusedYield.
func (s *sent) refusedVerb(i int) bool {
	return s.tok(i).UPOS == "VERB" && s.negatedVerb(i) && s.willAux(i) && !s.refusedIfOffered(i)
}

// refusedAct returns the refusal entry of a verb that codes an act of
// its own, negated under "will" or "would" ("would not withdraw its
// troops", "will not apologise", "would not negotiate with them", "will
// not extradite its citizens"): the refusal replaces the act's own
// entries, whose frames may find no target ("withdraw its diplomats")
// or another code (161, not a refusal). Withheld recognition stays
// with the act's own entry (054 negated is 120). Nil for none.
func (s *sent) refusedAct(i int) *Entry {
	if !s.refusedVerb(i) {
		return nil
	}
	if s.refusedComment(i) {
		// "would not confirm the report" (refused_comment.go).
		return refuseCommentEntry
	}
	switch s.lemma(i) {
	case "withdraw", "apologise", "apologize", "cede", "retreat":
		if s.withdrawnTroops(i) {
			// "would not withdraw its troops", "the troops would not
			// withdraw": the pullback that will not happen, coded by
			// the act's own entry (0874 negated; sources_missing_subject.go).
			return nil
		}
		return refuseWithdrawEntry
	case "give":
		if s.child(i, "compound:prt") >= 0 && s.lemma(s.child(i, "compound:prt")) == "up" {
			return refuseWithdrawEntry
		}
	case "negotiate", "discuss":
		return refuseTalksEntry
	case "step":
		if p := s.child(i, "compound:prt"); p >= 0 && s.lemma(p) == "down" {
			return refuseResignEntry
		}
	case "extradite":
		return refuseExtraditeEntry
	case "lift", "ease":
		if o := s.child(i, "obj"); o >= 0 && s.lemma(o) != "finger" {
			return refuseEaseEntry
		}
	}
	return nil
}

// refusedYield returns the refusal entry of a verb negated under "will"
// or "would" ("would not implement the ruling", "will not accept a
// military government", "would not submit to the court"), nil for none.
// ("Would not give in" was tried: its target, guessed, went abroad in a
// quarrel at home.)
func (s *sent) refusedYield(i int) *Entry {
	if !s.refusedVerb(i) {
		return nil
	}
	switch l := s.lemma(i); {
	case l == "implement" || l == "honour" || l == "honor" || l == "abide":
		return refuseImplementEntry
	case l == "accept" && s.child(i, "obj") >= 0:
		return refuseAcceptEntry
	case l == "submit" || l == "bow" || l == "yield" || l == "capitulate" || l == "surrender" && s.child(i, "obj") < 0:
		return refuseYieldEntry
	}
	return nil
}

// hostileAct reports "an act of aggression", "an act of war", "an
// aggressive act", "a hostile act": the noun "act" judged by its
// of-phrase or its adjective.
func (s *sent) hostileAct(i int) bool {
	if s.lemma(i) != "act" || s.tok(i).UPOS != "NOUN" {
		return false
	}
	for _, c := range s.kids(i) {
		switch l := s.lemma(c); {
		case s.rel(c) == "nmod" && s.caseOf(c) == "of" && (l == "aggression" || l == "war" || l == "terrorism" || l == "piracy" || l == "sabotage" || l == "provocation" || l == "hostility"):
			return true
		case s.rel(c) == "amod" && (l == "aggressive" || l == "hostile" || l == "provocative" || l == "criminal" || l == "terrorist" || l == "irresponsible" || l == "unfriendly" || l == "illegal" || l == "barbaric" || l == "cowardly"):
			return true
		}
	}
	return false
}

// zeroRelative switches off the twelfth pass's zero-relative objects (for
// its tests).
var zeroRelative = true

// zeroRelNouns are the nouns of a claim that a following clause with no
// relative pronoun takes as its object: "a charge the ministry rejected",
// "an accusation Kabul denies".
var zeroRelNouns = map[string]bool{
	"accusation": true, "allegation": true, "claim": true, "charge": true, "report": true,
}

// noPartDenial switches off the twelfth pass's "had nothing to do with"
// denials (for its tests).
var noPartDenial = true

// noPart reports "have" in "had nothing to do with X" or "had no links
// (ties, connection) with X" in a clause told by a speaker: it returns
// X's word, or -1 when the phrase names none, and -2 when i is no such
// "have".
func (s *sent) noPart(i int) int {
	if h := s.head(i); h < 0 || s.rel(i) != "ccomp" || !speechVerbs[s.lemma(h)] {
		return -2
	}
	o := s.child(i, "obj")
	if o < 0 {
		return -2
	}
	with := func(k int) int {
		for _, c := range s.kids(k) {
			if (s.rel(c) == "obl" || s.rel(c) == "nmod") && s.caseOf(c) == "with" {
				return c
			}
		}
		return -1
	}
	switch l := s.lemma(o); {
	case l == "nothing":
		for _, c := range s.kids(o) {
			if s.lemma(c) == "do" {
				return with(c)
			}
		}
	case l == "link" || l == "tie" || l == "connection":
		if d := s.child(o, "det"); d >= 0 && s.lemma(d) == "no" {
			return with(o)
		}
	}
	return -2
}

// conditionOnly reports an act told only as the condition another act
// waits on: a clause of "unless" ("unless Beijing lifts its sanctions"),
// or of "until" under a clause that is itself not told as done ("would
// not end until they withdrew", "no talks until Kyiv withdraws"). A clause
// of "until" under a past fact ("fought until the army withdrew") tells
// an act that happened.
func (s *sent) conditionOnly(i int) bool {
	if s.childLemma(i, "mark", "unless") {
		return true
	}
	if !s.childLemma(i, "mark", "until") {
		return false
	}
	// The clause waiting, through the verbs that carry its tense ("would
	// keep blocking the roads until").
	for h := s.head(i); h >= 0; h = s.head(h) {
		if s.tok(h).UPOS == "NOUN" || s.negatedVerb(h) || s.hasKid(h, "aux", "will", "would", "could", "should", "might", "may", "must", "can") {
			return true
		}
		if s.rel(h) != "xcomp" {
			break
		}
	}
	return false
}

// clauseOpeners are the conjunctions that open an adverbial clause and
// that the parse can read as the preposition of the clause's subject
// ("after President Putin accused ...", with "after Putin" an oblique).
var clauseOpeners = setOf("after", "before", "since", "when", "as", "because", "while")

// strandedClauseSubject finds the subject of a finite verb that the parse
// left without one because it read the clause's conjunction as a
// preposition: the noun right before the verb is an oblique or nominal
// modifier of something before it, marked by "after", "before"...; and
// it names an actor. It returns that noun, else -1.
func (s *sent) strandedClauseSubject(i int) int {
	if s.tok(i).UPOS != "VERB" || s.tok(i).XPOS != "VBD" && s.tok(i).XPOS != "VBZ" && s.tok(i).XPOS != "VBP" {
		return -1
	}
	// (Also a root or a parataxis: "was flown to The Hague ..., hours
	// after police arrested him", with "after police" hung on a noun
	// before and "arrested" read as the sentence's root.)
	if r := s.rel(i); r != "advcl" && r != "conj" && r != "ccomp" && r != "root" && r != "parataxis" {
		return -1
	}
	if s.child(i, "nsubj") >= 0 || s.child(i, "mark") >= 0 {
		return -1
	}
	n := i - 1
	if n < s.from {
		return -1
	}
	if u := s.tok(n).UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	if r := s.rel(n); r != "nmod" && r != "obl" || s.head(n) >= n {
		return -1
	}
	if !clauseOpeners[s.caseOf(n)] {
		return -1
	}
	if s.mentionCovering(n) == nil {
		return -1
	}
	return n
}

// falseClaims switches off the denial by a claim told false (for its
// tests).
var falseClaims = true

// falseClaimEntry codes "said the accusations were unfounded" as a denial
// by the speaker.
var falseClaimEntry = &Entry{Lemma: "(said a claim was false)", Code: "016", Name: "said a claim was false"}

// toldFalseNouns are the claims a speaker may call false.
var toldFalseNouns = setOf("accusation", "allegation", "claim", "charge", "report", "assertion", "suggestion")

// falseWords tell a claim false: "were unfounded", "was ridiculous", "is a
// fabrication".
var falseWords = setOf("absurd", "baseless", "groundless", "unfounded", "false", "untrue", "lie", "fabrication", "fabricated",
	"ridiculous", "nonsense", "slander", "slanderous", "fiction", "fake", "smear", "propaganda", "disinformation", "preposterous",
	"wrong", "incorrect", "inaccurate", "misleading")

// falseClaim reports a speech verb i whose clausal complement tells a claim
// false: its subject is a claim noun ("the accusations") and its predicate a
// word of falsity ("were unfounded", "was a smear") or "had no basis".
func (s *sent) falseClaim(i int) bool {
	if !falseClaims {
		return false
	}
	if s.calledFalse(i) {
		return true
	}
	var clauses []int
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "ccomp":
			clauses = append(clauses, c)
		case "obl":
			// "said in a statement that the accusation was
			// ridiculous", with the clause hung on "statement".
			for _, k := range s.kids(c) {
				if s.rel(k) == "acl" && s.childLemma(k, "mark", "that") {
					clauses = append(clauses, k)
				}
			}
		}
	}
	for _, c := range clauses {
		sj := s.child(c, "nsubj")
		if sj < 0 || !toldFalseNouns[s.lemma(sj)] || s.childLemma(c, "advmod", "not") {
			continue
		}
		if falseWords[s.lemma(c)] && s.child(c, "cop") >= 0 {
			return true
		}
		// "had no basis in fact", with "had" the clause's head or
		// read as an auxiliary of "basis".
		o := c
		if s.lemma(c) == "have" {
			o = s.child(c, "obj")
		} else if !s.childLemma(c, "aux", "have") {
			o = -1
		}
		if o >= 0 && (s.lemma(o) == "basis" || s.lemma(o) == "foundation") && s.childLemma(o, "det", "no") {
			return true
		}
	}
	return false
}

// coAccusers switches off the denial answered to all the coordinated makers
// of an accusation (for its tests).
var coAccusers = true

// falseClaimLast switches off the story's last accusation as what a claim
// told false answers (for its tests).
var falseClaimLast = true

// calledFalse reports "an accusation Moscow called absurd": "call" in a
// relative clause of a claim noun, with a word of falsity as its
// complement.
func (s *sent) calledFalse(i int) bool {
	if s.lemma(i) != "call" || s.deprel(i) != "acl:relcl" || !toldFalseNouns[s.lemma(s.head(i))] {
		return false
	}
	for _, c := range s.kids(i) {
		if r := s.rel(c); (r == "obj" || r == "xcomp") && falseWords[s.lemma(c)] {
			return true
		}
	}
	return false
}

// withheldRecognitionOn switches unrecognisedActor on (tests turn it off).
var withheldRecognitionOn = true

// unrecognisedActor reports that the object of a recognition is a party
// ("has not recognised the new government", "did not recognise Kosovo",
// "has not recognised Fiame as prime minister"), a coded actor or a
// government told by its noun, not a decision, result or claim.
func (s *sent) unrecognisedActor(obj int) bool {
	if obj < 0 {
		return false
	}
	if m := s.mentionCovering(obj); m != nil && m.Code != "" {
		return true
	}
	return governmentNouns[s.lemma(obj)]
}
