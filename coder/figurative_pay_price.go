package coder

import "strings"

// Seventeenth session (kbusfix23): "pay a price" and "strike at the heart
// of", two idioms of political copy that the money and attack rows read
// literally.

// paidPrice reports "pay a (high, little, political) price (for)": a cost
// borne for one's own act, no money given to anyone (071). The "pay for"
// row reads the "for" phrase as the party paid for: "they paid so little
// price for the hack of the DNC", "Republicans will pay a heavy price for
// blocking the nominee".
func (s *sent) paidPrice(i int, a frameArgs) bool {
	if s.lemma(i) != "pay" || a.obj < 0 {
		return false
	}
	l := s.lemma(a.obj)
	return l == "price" || l == "toll"
}

// struckAtHeart reports "strike (hit) at the heart (core) of": an
// institution's heart struck in words, "claims which strike at the heart
// of the committee's functions" (switch "attack-idiom-at"). "Shot in the
// heart" has no "at" and stays.
func (s *sent) struckAtHeart(i int, a frameArgs) bool {
	if !figOn("attack-idiom-at") {
		return false
	}
	for _, k := range a.obl["at"] {
		if s.lemma(k) == "heart" || s.lemma(k) == "core" {
			return true
		}
	}
	// the parser may hang "at the heart" elsewhere: the words right
	// after the trigger.
	if i+1 < s.to && s.lemma(i+1) == "at" {
		for k := i + 2; k < s.to && k <= i+3; k++ {
			if s.lemma(k) == "heart" || s.lemma(k) == "core" {
				return true
			}
		}
	}
	return false
}

// firingOfPerson reports a possessive "firing" aimed at nothing: "tied
// the statements to Podliska's firing", "his firing was improper" — the
// person's dismissal, no shots (switch "firing-dismissal").
func (s *sent) firingOfPerson(i int, a frameArgs) bool {
	if !figOn("firing-dismissal") || s.lemma(i) != "fire" || !gerundOrNoun(s.tok(i).XPOS) {
		return false
	}
	if a.obj >= 0 || len(a.obl["at"]) > 0 || len(a.obl["on"]) > 0 || len(a.obl["into"]) > 0 {
		return false
	}
	if c := s.child(i, "nmod:poss"); c >= 0 {
		return true
	}
	// the parser may hang the possessor elsewhere: the word right
	// before ("Podliska's firing", "his firing").
	if i-1 >= s.from {
		if p := s.tok(i - 1); p.XPOS == "POS" || p.XPOS == "PRP$" {
			return true
		}
	}
	return false
}

// gerundOrNoun: a "firing" used as a noun (VBG, NN, NNS).
func gerundOrNoun(xpos string) bool {
	return xpos == "VBG" || strings.HasPrefix(xpos, "NN")
}

// compliedNorm reports "comply with" a standing norm — a law, rule, limit
// or regulation: "make sure they comply with federal contribution limits",
// "whether a candidate complies with the Election Law". Keeping the law is
// no yielding (080) to a party's demand; "complied with the order", "would
// not comply with the ultimatum" stay.
func (s *sent) compliedNorm(i int, a frameArgs) bool {
	if s.lemma(i) != "comply" {
		return false
	}
	for _, k := range a.obl["with"] {
		if s.lemmaIn(standingNorms, k) {
			return true
		}
	}
	return false
}

var standingNorms = setOf("law", "laws", "rule", "rules", "regulation", "regulations", "limit", "limits", "requirement",
	"requirements", "standard", "standards", "statute", "statutes", "code", "guideline", "guidelines", "act", "policy",
	"policies", "procedure", "procedures", "constitution", "norm", "norms")

// doctrine reports a noun of a doctrine or stance, an "-ism"
// ("interventionism", "adventurism"): a violence word modifying it names
// a subject of debate, nothing armed in the sentence (switch
// "violence-doctrine").
func (s *sent) doctrine(k int) bool {
	l := s.lemma(k)
	return figOn("violence-doctrine") && len(l) > 5 && strings.HasSuffix(l, "ism") && !terrorDoctrines[l]
}

// terrorDoctrines are "-isms" of violence itself.
var terrorDoctrines = setOf("terrorism", "jihadism", "extremism", "militarism", "vandalism", "banditry")
