package coder

// Sources of verbs the parse left without a subject, and of force denied
// without its doer (fifteenth session, nosubj19).

// misplacedSubjects switches misplacedSubject (for its tests).
var misplacedSubjects = true

// misplacedSubject returns the subject of verb i, in a clause reported by
// a speech verb, that the parse made the speech verb's object: "the
// ministry said its troops had captured a village", with "troops" an
// object of "said" and "captured" its complement clause. The object's
// phrase ends right before the verb or its auxiliaries; the speech verb
// is not "tell" (whose object is the one told: "told reporters the army
// had struck"). Verb i has no subject of its own and is no passive ("said
// a deal could be signed": the noun is what is signed). Else -1.
func (s *sent) misplacedSubject(i int) int {
	if !misplacedSubjects || s.tok(i).UPOS != "VERB" || s.child(i, "aux:pass") >= 0 {
		return -1
	}
	if s.rel(i) != "ccomp" || s.child(i, "mark") >= 0 {
		return -1
	}
	h := s.head(i)
	if h < 0 || h >= i || !speechVerbs[s.lemma(h)] || s.lemma(h) == "tell" {
		return -1
	}
	// The first of the verb's auxiliaries before it ("had", "would").
	first := i
	for _, c := range s.kids(i) {
		if c < first && s.rel(c) == "aux" {
			first = c
		}
	}
	for _, c := range s.kids(h) {
		if s.rel(c) != "obj" || c <= h || c >= first {
			continue
		}
		if u := s.tok(c).UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
			return -1
		}
		if _, hi := s.subtree(c); hi != first-1 {
			return -1
		}
		return c
	}
	return -1
}

// copulaConj switches copulaConjSubject (for its tests).
var copulaConj = true

// copulaConjSubject returns the subject of a predicate with a copula that
// the parse coordinated with its own subject: "Kenyatta and Desalegn are
// due in Juba to mediate", "Argentina's president is due to receive",
// with the names made the root and "due" their conjunct. The predicate
// has no subject and no conjunction of its own ("and"); its head is a
// noun before it. It returns that noun, else -1.
func (s *sent) copulaConjSubject(i int) int {
	if !copulaConj || s.child(i, "cop") < 0 || s.rel(i) != "conj" || s.child(i, "cc") >= 0 {
		return -1
	}
	h := s.head(i)
	if h < 0 || h >= i {
		return -1
	}
	if u := s.tok(h).UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	return h
}

// deniedForce switches the source and target of an agentless passive of
// force denied by a side (passiveSource, inferTargets; for its tests).
var deniedForce = true

// deniedClause returns the verb "deny" whose complement clause is
// trigger i ("denied that inmates were mistreated", the clause read as a
// complement or a parataxis), when that verb has a subject; else -1.
func (s *sent) deniedClause(i int) int {
	if !deniedForce {
		return -1
	}
	h := s.head(i)
	if h < 0 || h >= i || s.lemma(h) != "deny" {
		return -1
	}
	if r := s.rel(i); r != "ccomp" && r != "parataxis" {
		return -1
	}
	if s.frame(h).subj < 0 {
		return -1
	}
	return h
}

// troopsKept switches withdrawnTroops and the 0874 case of refusalCode
// (for their tests).
var troopsKept = true

// troopNouns are the forces a side withdraws or keeps ("troops" is its
// own lemma to the tagger).
var troopNouns = setOf("troop", "troops", "force", "soldier", "personnel", "peacekeeper", "contingent")

// withdrawnTroops reports a withdrawal of forces (trigger i): the verb's
// object, or its subject when it has no object, is troops ("would not
// withdraw its troops", "the troops would not withdraw"). The gold sets
// code such a refusal as the pullback negated (0874), not as a refusal
// to yield (124), which stays for diplomats, ships and remarks.
func (s *sent) withdrawnTroops(i int) bool {
	if !troopsKept || s.lemma(i) != "withdraw" {
		return false
	}
	if o := s.child(i, "obj"); o >= 0 {
		return troopNouns[s.lemma(o)]
	}
	if n := s.child(i, "nsubj"); n >= 0 {
		return troopNouns[s.lemma(n)]
	}
	return false
}
