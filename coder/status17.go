package coder

// The thirteenth session's status rules (status17): a report that is
// denied, and talks that a party is due to hold.

// deniedReports switches deniedReport (tests turn it off).
var deniedReports = true

// deniedReport reports a clause k that tells the content of a claim noun
// which a deny verb takes as its object: "Iran denied reports that its
// guards had fired on smugglers", "rejected a claim that it had asked for
// money". The act is what is denied (the gold guide's denied); the walk
// up the clause chain stops at the noun, so the deny verb above it is not
// seen there.
func (s *sent) deniedReport(k int) bool {
	if !deniedReports {
		return false
	}
	if r := s.rel(k); r != "acl" && r != "ccomp" {
		return false
	}
	n := s.head(k)
	if n < 0 || !claimNouns[s.lemma(n)] || s.rel(n) != "obj" {
		return false
	}
	v := s.head(n)
	return v >= 0 && denyVerbs[s.lemma(v)] && s.tok(v).UPOS == "VERB"
}

// dueFor switches dueForPurpose (tests turn it off).
var dueFor = true

// dueForPurpose reports an act noun k in the purpose phrase of "due"
// ("is due in Lima on Monday for talks"): the talks are to come, as the
// trip is. (The walk already reads "is due to visit" as planned.)
func (s *sent) dueForPurpose(k int) bool {
	if !dueFor || s.rel(k) != "obl" || s.caseOf(k) != "for" {
		return false
	}
	h := s.head(k)
	return h >= 0 && s.lemma(h) == "due" && s.tok(h).UPOS == "ADJ"
}

// leadingAccording switches leadAccording (tests turn it off).
var leadingAccording = true

// leadAccording returns where accordingTo starts looking for "according
// to" in the sentence of trigger i: after the trigger, or at the
// sentence's start when the phrase opens it ("According to witnesses,
// police fired tear gas ..."): the phrase then covers the whole sentence.
func (s *sent) leadAccording(i int) int {
	if leadingAccording {
		for j := s.from; j < i && j < s.from+2; j++ {
			if s.accordingAt(j) {
				return j
			}
		}
	}
	return i + 1
}
