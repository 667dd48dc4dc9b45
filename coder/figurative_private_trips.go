package coder

// Private trips. A visit (042/043) is a state's or an organisation's
// envoy going to another: news copy also tells of tourists, journalists
// and pilgrims travelling ("an Iranian journalist visiting Nice on
// vacation", "German tour groups cancelled trips"), whose nationality
// word the actor tagger reads as their country. Neither side of such a
// trip is an actor's act.

// privateTravellers are nouns of people who travel on their own account.
var privateTravellers = setOf("tourist", "holidaymaker", "vacationer", "backpacker", "tour", "journalist", "reporter",
	"pilgrim", "student", "fan", "sightseer", "cruise")

// leisureWords are the aims of a private trip: "on vacation", "for a
// holiday".
var leisureWords = setOf("vacation", "holiday", "honeymoon")

// privateTrip reports a visit or trip trigger i whose traveller is a
// private person (privateTravellers, the noun itself or a compound on
// it: "tour groups") or that is made "on vacation" or "for a holiday".
// Only those prepositions: "visited Crimea over the May holiday" names
// a time, not the trip's aim.
func (s *sent) privateTrip(i int, a frameArgs) bool {
	for _, c := range s.kids(i) {
		if (s.rel(c) == "obl" || s.rel(c) == "nmod") && s.lemmaIn(leisureWords, c) {
			if p := s.caseOf(c); p == "on" || p == "for" {
				return true
			}
		}
	}
	k := a.subj
	if k < 0 && s.rel(i) == "acl" {
		// "a journalist visiting Nice": the participle's noun travels.
		k = s.head(i)
	}
	if k < 0 && s.tok(i).UPOS == "NOUN" && s.rel(i) == "obj" {
		// "tour groups cancelled trips": the trip noun's verb's subject.
		if h := s.head(i); h >= 0 {
			k = s.child(h, "nsubj")
		}
	}
	if k < 0 {
		return false
	}
	if s.lemmaIn(privateTravellers, k) {
		return true
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "compound" && s.lemmaIn(privateTravellers, c) {
			return true
		}
	}
	return false
}
