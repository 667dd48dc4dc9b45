package coder

// "insist that" told of a claim held to, no demand (pnspur23; a case of
// figurative, figurative.go, switched as "insist-claim").

// insistedClaim reports "insist that" with a complement that asserts
// ("insisted that his party was still the first force", "insist they
// will meet their targets", "insisted that the deal was not a response"):
// a claim held to, no demand (100). A demand insists on what must or
// should be done ("insisted that Armenia must first change its
// constitution", "insist that Beijing let its currency rise", with the
// bare verb of a mandative clause).
func (s *sent) insistedClaim(i int, a frameArgs) bool {
	if s.lemma(i) != "insist" {
		return false
	}
	c := a.ccomp
	if c < 0 {
		c = s.child(i, "ccomp")
	}
	if c < 0 {
		return false
	}
	if s.hasKid(c, "aux", "must", "should", "shall", "ought") || s.lemmaIn(obligationWords, c) {
		return false
	}
	for _, k := range s.kids(c) {
		if s.rel(k) == "xcomp" && s.lemmaIn(obligationWords, k) {
			return false
		}
	}
	if s.tok(c).XPOS == "VB" && s.child(c, "aux") < 0 && s.child(c, "cop") < 0 {
		return false // "that Beijing let its currency rise"
	}
	return true
}

// obligationWords head a complement that tells what must be done ("need
// to", "has to", "is necessary").
var obligationWords = setOf("need", "have", "necessary", "essential", "imperative", "required", "obliged")
