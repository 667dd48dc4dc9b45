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

// privateCompanions are the company of a private trip: "visiting Nice
// with his family" (twenty-first session, spur30). Not a spouse: a head
// of state's wife goes with him on state visits ("Xi Jinping visited
// France with his wife"), so "with his wife" tells no private trip
// (mend25).
var privateCompanions = setOf("family", "child", "kid", "friend", "girlfriend", "boyfriend")

// ownCompany reports a companion noun c with a possessive pronoun: "with
// his family", not "with the family of a freed prisoner" (an official's
// errand).
func (s *sent) ownCompany(c int) bool {
	for _, k := range s.kids(c) {
		if s.deprel(k) == "nmod:poss" && s.tok(k).UPOS == "PRON" {
			return true
		}
	}
	return false
}

// privatePersons are nouns of private people, travellers when their
// nationality word is all the actor tagger read: "a Lebanese man
// visiting Nice" (twenty-first session, spur30).
var privatePersons = setOf("man", "woman", "couple", "boy", "girl")

// privateCompanyOn switches the companions and private persons off for tests.
var privateCompanyOn = true

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
		if privateCompanyOn && (s.rel(c) == "obl" || s.rel(c) == "nmod") && s.lemmaIn(privateCompanions, c) && s.caseOf(c) == "with" && s.ownCompany(c) {
			return true
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
	if s.lemmaIn(privateTravellers, k) || privateCompanyOn && s.lemmaIn(privatePersons, k) {
		return true
	}
	for _, c := range s.kids(k) {
		if s.rel(c) == "compound" && s.lemmaIn(privateTravellers, c) {
			return true
		}
	}
	return false
}
