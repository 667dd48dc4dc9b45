package coder

// Papers signed. "sign" with no agreement named codes a formal agreement
// (057) with whoever the sentence or the story gives. Politicians also
// sign things that bind no one: "Trump signs autographs for supporters
// at a rally in Millington, Tennessee", "51 State Department employees who
// signed a dissent memo on Syria", "signed a petition". Those are no
// agreement with anyone (twenty-first session, spur30).

// signedPapersOn switches signsPapers off for tests.
var signedPapersOn = true

// signedPapers are things a person signs that are no agreement.
var signedPapers = setOf("autograph", "memo", "petition", "book", "poster", "photo", "photograph", "card", "shirt",
	"jersey", "ball", "guestbook", "cast", "copy", "yearbook")

// signsPapers reports a signing whose object is one of signedPapers. A
// copy is what its of-phrase names: "signed a copy of the peace deal
// with Ecuador" is the deal (mend25); a copy of anything but an accord is
// papers, "signed copies of his book" or "of his memoir" (review finding
// 7).
func (s *sent) signsPapers(a frameArgs) bool {
	if !signedPapersOn || a.obj < 0 || !s.lemmaIn(signedPapers, a.obj) {
		return false
	}
	if s.lemma(a.obj) == "copy" {
		for _, c := range s.kids(a.obj) {
			if s.deprel(c) == "nmod" && s.caseOf(c) == "of" {
				return !s.lemmaIn(accordNouns, c)
			}
		}
	}
	return true
}
