package coder

// bothSidesPairs switches bothSidesSubject.
var bothSidesPairs = true

// sideNouns name the parties of "both sides", "the two countries".
var sideNouns = setOf("side", "country", "nation", "party", "government", "neighbour", "neighbor")

// bothSidesSubject reports an act whose subject, on its own verb or on
// the verb it is the infinitive of, is "both sides", "the two sides",
// "both countries" or a bare "the two" ("Armenia and Turkey held talks.
// Both sides agreed to reopen their border"): the act is between the two
// parties the subject stands for, each toward the other, not each at
// home. The caller asks it only of acts domesticCode would send home (a
// border or crossing reopened, a ban eased): other acts already find
// the other side as their target, and the parties "the two governments"
// is read as are not always the right two.
func (s *sent) bothSidesSubject(i int) bool {
	if !bothSidesPairs {
		return false
	}
	for k, n := i, 0; k >= 0 && n < 3; k, n = s.head(k), n+1 {
		for _, c := range s.kids(k) {
			if s.rel(c) == "nsubj" && s.bothSides(c) {
				return true
			}
		}
		if r := s.rel(k); r != "xcomp" && r != "conj" {
			break
		}
	}
	return false
}

// bothSides reports a noun phrase at k that is "both sides", "the two
// sides/countries" or a bare "the two".
func (s *sent) bothSides(k int) bool {
	if s.lemma(k) == "two" && s.tok(k).UPOS == "NUM" {
		return s.childLemma(k, "det", "the")
	}
	if !sideNouns[s.lemma(k)] {
		return false
	}
	for _, c := range s.kids(k) {
		if l := s.lemma(c); l == "both" || l == "two" && s.childLemma(k, "det", "the") {
			return true
		}
	}
	return false
}
