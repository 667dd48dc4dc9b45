package coder

// Support locked up. "lock up" is detention (173) of the people it names;
// a campaign "locks up" endorsements, votes, delegates or the nomination
// it has secured: "Clinton locked up endorsements from unions
// representing a majority of the nation's union members". No one is held
// (twenty-first session, spur30).

// securedSupport are the things a campaign locks up.
var securedSupport = setOf("endorsement", "nomination", "vote", "delegate", "support", "backing", "majority", "win")

// lockedSupport reports a "lock" trigger whose object is one of
// securedSupport.
func (s *sent) lockedSupport(i int, a frameArgs) bool {
	return s.lemma(i) == "lock" && a.obj >= 0 && s.lemmaIn(securedSupport, a.obj)
}
