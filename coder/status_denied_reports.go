package coder

// The thirteenth session's status rules (status17): a report that is
// denied, a denier's coordinated act, and a leading "According to".

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

// leadingAccording switches leadAccording (tests turn it off).
var leadingAccording = true

// dashes end a dateline.
var dashes = setOf("—", "--", "–", "-")

// leadAccording returns where accordingTo starts looking for "according
// to" in the sentence of trigger i: after the trigger, or at the
// sentence's start when the phrase opens it ("According to witnesses,
// police fired tear gas ..."): the phrase then covers the whole sentence.
func (s *sent) leadAccording(i int) int {
	if leadingAccording {
		for j := s.from; j < i; j++ {
			if s.accordingAt(j) && (j == s.from || dashes[s.lemma(j-1)]) {
				// (At the start, or after the dateline's dash.)
				return j
			}
		}
	}
	return i + 1
}

// denierConjs switches denierConj (tests turn it off).
var denierConjs = true

// denierActs are the verbal acts a denier goes on to make in the same
// breath ("denied ... and accused", "... and telephoned").
var denierActs = setOf("telephone", "phone")

// denierConj returns, for a verbal act i coordinated by the parse inside
// what a deny verb denies, the deny verb, else -1: "denied that her
// government had meddled and urged Lima to ...", "denies backing the
// rebels and accuses Kinshasa". The act has no subject or auxiliary of
// its own but a finite form, while the denied clause has its own subject
// or is a gerund: so its doer is the denier. (speakerConj does the same
// for the source only when the denied clause names no actor.)
func (s *sent) denierConj(i int) int {
	if !denierConjs || s.rel(i) != "conj" || s.tok(i).UPOS != "VERB" {
		return -1
	}
	if !speechAct(s.lemma(i)) && !denierActs[s.lemma(i)] {
		return -1
	}
	if s.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 {
		return -1
	}
	k := s.head(i)
	if k < 0 || k > i {
		return -1
	}
	switch s.tok(i).XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN":
		// "denied carrying out the raid and blamed ...": a past
		// participle with no auxiliary beside a gerund is the tagger's
		// slip for a simple past.
		if s.tok(k).XPOS != "VBG" {
			return -1
		}
	default:
		return -1
	}
	up := s.head(k)
	if up < 0 || !denyVerbs[s.lemma(up)] {
		return -1
	}
	switch {
	case s.rel(k) == "ccomp" && s.child(k, "nsubj", "nsubj:pass", "expl") >= 0:
		return up
	case (s.rel(k) == "xcomp" || s.rel(k) == "ccomp") && s.tok(k).XPOS == "VBG":
		return up
	}
	return -1
}
