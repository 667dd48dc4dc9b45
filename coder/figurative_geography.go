package coder

// Geography told with event words. "South Africa, which surrounds
// Lesotho", "Brazil, whose territory meets both countries' at the
// tri-border": where a country lies is no blockade (191) and no meeting
// (040). The gold guide codes acts; a standing fact of the map is none.
// Read: the verb in the simple present (VBZ/VBP, no auxiliary, so not
// "are surrounding" or "will meet"), and either a place noun as its
// subject (territory, border, coast ...) or a position verb (surround,
// border, encircle ...) whose subject is a proper name or the "which" of
// a proper name. Troops surrounding a palace are told in the past or the
// progressive, or by a common noun ("soldiers surround").

var (
	placeSubjects = setOf("territory", "land", "border", "frontier", "coast", "coastline",
		"river", "island", "mountain", "range", "sea", "lake", "province", "region")
	positionVerbs = setOf("surround", "encircle", "border", "adjoin", "straddle", "abut")
)

// geography reports the verb i as a fact of the map.
func (s *sent) geography(i int, a frameArgs) bool {
	if x := s.tok(i).XPOS; x != "VBZ" && x != "VBP" {
		return false
	}
	if s.child(i, "aux", "aux:pass") >= 0 {
		return false
	}
	k := a.subj
	if k < 0 {
		return false
	}
	for _, c := range s.kids(i) {
		// Any subject: the parse may hang both "Brazil" and "whose
		// territory" on the verb.
		if s.rel(c) == "nsubj" && s.lemmaIn(placeSubjects, c) {
			return true
		}
	}
	if !s.lemmaIn(positionVerbs, i) {
		return false
	}
	if l := s.lemma(k); (l == "which" || l == "that") && s.rel(i) == "acl" {
		// "South Africa, which surrounds ...": the clause's antecedent.
		k = s.head(i)
	}
	return k >= 0 && s.tok(k).UPOS == "PROPN"
}
