package coder

// recognizedThings are what a state recognises (054) or refuses to
// recognise (120), besides a party itself: a state, its government or
// borders, an election and its result, a court's warrant, a claim.
var recognizedThings = setOf("state", "statehood", "independence", "sovereignty", "republic", "country", "nation",
	"territory", "region", "entity", "government", "regime", "authority", "authorities", "administration", "junta",
	"council", "parliament", "president", "presidency", "leader", "leadership", "result", "results", "outcome",
	"election", "elections", "vote", "referendum", "victory", "win", "winner", "annexation", "border", "borders",
	"boundary", "frontier", "line", "claim", "claims", "jurisdiction", "court", "tribunal", "ruling", "verdict",
	"warrant", "decision", "agreement", "deal", "treaty", "accord", "legitimacy", "status", "zone", "waters", "sea",
	"passport", "passports", "visa", "visas", "document", "documents", "certificate", "certificates", "currency",
	"genocide", "massacre", "crime", "crimes", "right", "rights", "minority", "language", "autonomy", "union", "marriage",
	"church", "party", "opposition", "movement", "group",
	// Titles and roles that name a party: "would not recognise a usurper".
	"usurper", "ruler", "dictator", "monarch", "king", "queen", "prince", "emir", "sultan", "minister", "premier",
	"chancellor", "governor", "envoy", "ambassador", "diplomat", "representative", "delegation", "official",
	"officials", "body", "assembly", "legislature", "congress", "senate", "mission", "committee", "commission",
	"successor", "incumbent", "head", "interim")

// recognizedSense reports "recognise" in its sense of seeing or
// admitting ("would recognize the folly of an open-ended war", "both
// parties belatedly recognize the anxiety of workers", "each
// recognized the precariousness of their candidacies", "did not
// recognize the passenger behind him"): its object a common noun that
// names no party and nothing a state recognises. Diplomatic
// recognition (054), or its refusal (120), is of a party or of a state,
// government, election result, border or claim, or of a title that
// names a party ("a usurper") (recognizedThings); a
// pronoun or a missing object is left to the entry. (figurative checks
// the entry's code 054 alone: the refusal, 120, is coded from the same
// 054 entry once negated, after figurative has run (coder.go, "did not
// recognise the decision"), so "did not recognize the passenger" is
// caught here too.)
func (s *sent) recognizedSense(i int, a frameArgs) bool {
	if l := s.lemma(i); l != "recognize" && l != "recognise" {
		return false
	}
	o := a.obj
	if o < 0 || s.tok(o).UPOS != "NOUN" {
		return false
	}
	if m := s.mentionCovering(o); m != nil && m.Code != "" {
		return false
	}
	return !s.lemmaIn(recognizedThings, o) && !s.lemmaIn(governmentNouns, o)
}
