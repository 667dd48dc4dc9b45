package coder

// Seventeenth session (kbusfix23): "refused to endorse Ryan".

// refusedEndorsementSwitch switches refusedEndorsement.
var refusedEndorsementSwitch = true

// refusedEndorsement reports an endorsement refused or declined: "Trump
// refused to endorse Ryan", "declined to endorse either candidate". The
// coders code the endorsement negated (051), as the written gold codes
// "did not endorse it" (051 negated) and "refused to sign a code of
// conduct" (057 negated), not a rejection (120) of the one not endorsed:
// the refusal withholds praise from a person, it answers no request of
// his. i is the "endorse" under the refusal verb.
func (s *sent) refusedEndorsement(i int) bool {
	if !refusedEndorsementSwitch || i < 0 || s.lemma(i) != "endorse" || s.rel(i) != "xcomp" {
		return false
	}
	return s.refusalHead(s.head(i))
}

// refusalHead reports i a verb of refusal: "refuse" or "decline".
func (s *sent) refusalHead(i int) bool {
	return i >= 0 && (s.lemma(i) == "refuse" || s.lemma(i) == "decline")
}

// withheldAct reports i an act refused that is coded negated: an
// endorsement (refusedEndorsement) or a criticism, accusation or threat
// (refused_criticism.go).
func (s *sent) withheldAct(i int) bool {
	return s.refusedEndorsement(i) || s.refusedCriticism(i)
}

// refusalOfWithheldAct reports the refusal verb of a withheld act: its 120
// gives way to the act negated.
func (s *sent) refusalOfWithheldAct(i int, a frameArgs) bool {
	if !s.refusalHead(i) {
		return false
	}
	if s.withheldAct(a.xcomp) {
		return true
	}
	// the frame may keep a later clause as its complement ("refused to
	// endorse Ryan, ... when he was asked if he would support Trump"):
	// any xcomp child.
	for _, c := range s.kids(i) {
		if s.withheldAct(c) {
			return true
		}
	}
	return false
}

// refusedIfOffered reports a refusal under a condition of "if": "would not
// accept Cruz's endorsement if it were offered", "would not serve if
// asked". The refusal answers an offer not made, a supposition, no
// rejection now (switch refusedEndorsementSwitch).
func (s *sent) refusedIfOffered(i int) bool {
	if !refusedEndorsementSwitch {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "advcl" && s.childLemma(c, "mark", "if") {
			return true
		}
	}
	return false
}

// withheldBacking reports support withheld from a person: "withheld
// support from McCain and Ayotte", "withholds her support from the
// nominee". A candidate's backing kept from another, no aid (162) cut:
// aid is withheld from a country or a people.
func (s *sent) withheldBacking(i int, a frameArgs) bool {
	if s.lemma(i) != "withhold" || a.obj < 0 || s.lemma(a.obj) != "support" {
		return false
	}
	for _, k := range a.obl["from"] {
		if s.personEntity(k) {
			return true
		}
		if m := s.actorAt(k); m != nil && s.namesPerson(m) {
			return true
		}
	}
	return false
}
