package coder

import "strings"

// Fifteenth session (spur19): the acts of a condition clause that the
// parse does not mark, or that a noun or a conjoined verb tells.

// conditionPartSwitch switches conditionPart.
var conditionPartSwitch = true

// conditionPart reports an event word inside an "unless" or "until"
// clause that conditionOnly does not see: a verb conjoined to the marked
// one ("unless Iran restored access ... and resumed talks"), a noun
// object of such a verb (the talks), or a clause whose conjunction the
// parse hung as the preposition of its subject or of a noun before it
// ("would not open an embassy until Hamas released all hostages", with
// "until Hamas" a nominal modifier). As in conditionOnly, "until" counts
// only where the waiting clause is negated, modal, a noun, or denies its
// object ("saw no basis for talks until Kyiv withdrew"): "fought until
// the army withdrew" tells a withdrawal.
func (s *sent) conditionPart(i int) bool {
	if !conditionPartSwitch {
		return false
	}
	v := i
	if s.tok(i).UPOS == "NOUN" {
		if s.rel(i) != "obj" {
			return false
		}
		v = s.head(i)
		if v < 0 || s.tok(v).UPOS != "VERB" {
			return false
		}
	}
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if v != i && s.conditionOnly(v) {
			return true
		}
		if w := s.strayConditionWord(v); w == "unless" || w == "until" && s.untilWaits(v) {
			return true
		}
		if s.rel(v) != "conj" {
			break
		}
		v = s.head(v)
	}
	return false
}

// strayConditionWord returns "unless" or "until" where one of them opens
// the adverbial clause of verb v but the parse hung it elsewhere: the
// word stands at most three words before v with no verb or punctuation
// between.
func (s *sent) strayConditionWord(v int) string {
	if s.tok(v).UPOS != "VERB" || s.rel(v) != "advcl" || s.child(v, "mark") >= 0 {
		return ""
	}
	for j := v - 1; j >= s.from && j >= v-4; j-- {
		switch l := s.lemma(j); {
		case l == "unless" || l == "until":
			return l
		case s.tok(j).UPOS == "VERB" || s.tok(j).UPOS == "AUX" || s.tok(j).UPOS == "PUNCT" || s.tok(j).UPOS == "SCONJ":
			return ""
		}
	}
	return ""
}

// untilWaits reports that the clause an "until" clause of verb v hangs
// on waits for it: a noun, a negated or modal verb (conditionOnly's
// test), or a verb whose object is denied by "no" ("saw no basis").
func (s *sent) untilWaits(v int) bool {
	for h := s.head(v); h >= 0; h = s.head(h) {
		if s.tok(h).UPOS == "NOUN" || s.negatedVerb(h) || s.hasKid(h, "aux", "will", "would", "could", "should", "might", "may", "must", "can") {
			return true
		}
		if o := s.child(h, "obj"); o >= 0 && s.hasKid(o, "det", "no") {
			return true
		}
		if s.rel(h) != "xcomp" {
			break
		}
	}
	return false
}

// avoidedActSwitch switches avoidedAct.
var avoidedActSwitch = true

// avoidedAct reports trigger i as the complement of "avoid" or "refrain"
// ("advised its citizens to avoid travelling to the islands", "urged both
// sides to refrain from attacking"): the act is shunned, not done; the
// advice is the event. (notDoneAct's words govern an infinitive; these
// a gerund, hung as xcomp or, after "from", as an advcl.)
func (s *sent) avoidedAct(i int) bool {
	if !avoidedActSwitch {
		return false
	}
	h := s.head(i)
	if h < 0 || !avoidVerbs[s.lemma(h)] {
		return false
	}
	r := s.rel(i)
	return r == "xcomp" || r == "advcl" || r == "obj"
}

// avoidVerbs shun the act of their complement.
var avoidVerbs = setOf("avoid", "refrain")

// freedToSwitch switches freedTo.
var freedToSwitch = true

// freedTo reports a release (084x) whose object is freed to do something
// ("suspended the pact, freeing its troops to resume drills near the
// border"): the verb lets a party act; no one held is let go. The
// infinitive must follow the verb's object with no verb between.
func (s *sent) freedTo(i int, e *Entry) bool {
	if !freedToSwitch || !strings.HasPrefix(e.Code, "084") || s.tok(i).UPOS != "VERB" {
		return false
	}
	o := s.child(i, "obj")
	if o < 0 {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) != "xcomp" || c < o || !s.hasKid(c, "mark", "to") {
			continue
		}
		// The infinitive follows the object with no verb between: the
		// parse can hang a later clause's infinitive on the release
		// ("released his tax returns and called on his rival to do
		// likewise").
		between := false
		for k := o + 1; k < c; k++ {
			if s.tok(k).UPOS == "VERB" {
				between = true
				break
			}
		}
		if !between {
			return true
		}
	}
	return false
}
