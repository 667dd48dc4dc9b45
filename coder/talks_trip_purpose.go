package coder

// tripTalksSwitch switches tripTalks (tests turn it off).
var tripTalksSwitch = true

// tripVerbs are the verbs of a trip whose lexicon entry codes the visit
// itself ("travel to", "fly to", "visit"); their destination is the host.
var tripVerbs = setOf("travel", "fly", "visit")

// tripTalks reports a talks noun i that is only the purpose of a trip
// ("will travel to Washington next month for talks") and names no side of
// its own (no with- or between-phrase). In English the other side of such
// talks is the host at the destination, which the trip verb's own entry
// already pairs with the traveller; the noun alone can only guess a side
// from elsewhere in the story, so it makes no 046 of its own.
func (s *sent) tripTalks(i int) bool {
	h := s.tripOf(i, tripVerbs)
	if h < 0 {
		return false
	}
	if len(s.nmodsWith(i, "with")) > 0 || len(s.nmodsWith(i, "between")) > 0 || len(s.frame(h).obl["with"]) > 0 {
		return false
	}
	// The trip must name where it goes, or the verb codes nothing.
	return len(s.frame(h).obl["to"]) > 0 || s.frame(h).obj >= 0
}

// goingVerbs are verbs of going somewhere; talks "for" which someone goes
// are that traveller's ("flies to P on Thursday for talks with Q").
var goingVerbs = setOf("travel", "fly", "visit", "go", "head", "come", "arrive", "return", "leave")

// tripTraveller returns the subject of the trip verb whose purpose the
// talks noun i is ("Modi flies to P for talks with Q": Modi), else -1. A
// noun under an oblique finds no subject of its own, and the story's
// other side would be guessed instead of the traveller.
func (s *sent) tripTraveller(i int) int {
	if h := s.tripOf(i, goingVerbs); h >= 0 {
		return s.frame(h).subj
	}
	return -1
}

// tripOf returns the verb of verbs whose "for" phrase is the talks noun i
// ("travel to Washington for talks"), else -1.
func (s *sent) tripOf(i int, verbs map[string]bool) int {
	if !tripTalksSwitch || !talksNouns[s.lemma(i)] || s.rel(i) != "obl" || s.caseOf(i) != "for" {
		return -1
	}
	if h := s.head(i); h >= 0 && verbs[s.lemma(h)] {
		return h
	}
	return -1
}
