package coder

// Sanctions already in force, named as a thing. The noun "sanctions" (or
// "embargo") codes 163 on its own so that "new EU sanctions on Iran" or
// "the U.S. embargo that has kept Cuba in a box" are read, but news
// English names standing sanctions far more often than it announces
// them: a leader blames "U.S. sanctions" for a shortage, a navy helps
// enforce "U.N. sanctions on North Korea", cargo is unloaded "despite the
// sanctions", the Treasury grants "an exemption from Syria sanctions", a
// senator files "a new Iran sanctions bill". None of these imposes
// anything; the imposing, if the story tells it, has a verb of its own.

// sanctionNouns are the nouns of the 163 noun entries.
var sanctionNouns = setOf("sanction", "embargo")

// sanctionsKeptVerbs take standing sanctions as their object: they are
// blamed, kept, broken or taken away, never imposed by the verb.
var sanctionsKeptVerbs = setOf("blame", "enforce", "violate", "breach", "evade", "circumvent", "flout", "defy",
	"skirt", "bust", "obey", "honour", "honor", "lift", "ease", "relax", "remove", "waive", "exempt")

// sanctionsKeptNouns are nouns whose "of" or "from" phrase names standing
// sanctions: "violation of sanctions", "exemption from sanctions".
var sanctionsKeptNouns = setOf("exemption", "waiver", "relief", "violation", "breach", "evasion", "lifting", "easing")

// standingSanctions reports a sanctions noun that names sanctions in force
// rather than sanctions imposed: a modifier of another noun ("sanctions
// bill", "the EU's sanctions envoy"), the object of a verb that presumes
// them (sanctionsKeptVerbs), a "despite" or "under" phrase, or the "of" /
// "from" phrase of a noun like exemption or violation.
func (s *sent) standingSanctions(i int) bool {
	if s.tok(i).UPOS != "NOUN" || !s.lemmaIn(sanctionNouns, i) {
		return false
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "amod" && s.tok(c).XPOS == "VBN" && s.lemmaIn(sanctionsKeptVerbs, c) {
			// "as the United States lifted sanctions" with the verb
			// misparsed as a participle of the noun: the sanctions are
			// taken away, not imposed.
			return true
		}
	}
	h := s.head(i)
	switch s.rel(i) {
	case "compound":
		return h >= 0 && s.tok(h).UPOS == "NOUN"
	case "obj":
		return h >= 0 && s.lemmaIn(sanctionsKeptVerbs, h)
	case "obl", "nmod":
		for _, c := range s.kids(i) {
			if s.rel(c) == "case" && s.lemmaIn(sanctionsKeptVerbs, c) {
				// "helping enforce U.N. sanctions" with the bare verb
				// after "help" misparsed as the noun's preposition.
				return true
			}
		}
		switch s.caseOf(i) {
		case "despite", "under":
			return true
		case "of", "from":
			return h >= 0 && (s.lemmaIn(sanctionsKeptNouns, h) || s.lemmaIn(sanctionsKeptVerbs, h))
		}
	}
	return false
}
