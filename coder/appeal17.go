package coder

// Appeals made to the world at large (thirteenth session, appeal17).

import "strings"

// worldAddresseeSwitch switches worldAddressee.
var worldAddresseeSwitch = true

// worldAddressee reports an appeal (02x) whose addressee is the world at
// large, named by a plural noun no country or body stands behind: "urged
// donors to fund the appeal", "urged governments to cut the theatrics",
// "would ask foreign experts to take part", "called on the
// international community". Such an appeal is aimed at no one the gold
// guide can code ('-'); guessing the story's other side, or a country
// named elsewhere in the sentence, gives a wrong pair.
func (s *sent) worldAddressee(i int, code string) bool {
	if !worldAddresseeSwitch || !strings.HasPrefix(code, "02") {
		return false
	}
	for _, c := range s.kids(i) {
		switch s.rel(c) {
		case "obj", "iobj":
		case "obl", "nmod":
			if p := s.caseOf(c); p != "on" && p != "to" {
				continue
			}
		default:
			continue
		}
		if s.worldNoun(c) {
			return true
		}
	}
	return false
}

// worldNoun reports a phrase for the world at large: a plural noun of
// worldWords, or "the international community", with no actor in it and
// no possessor ("its partners", "Kenya's donors" are someone's own).
func (s *sent) worldNoun(c int) bool {
	if len(s.argActors(c)) > 0 || s.child(c, "nmod:poss") >= 0 {
		return false
	}
	l := s.lemma(c)
	if l == "community" {
		return s.hasKid(c, "amod", "international", "global")
	}
	return worldWords[l] && strings.HasPrefix(s.tok(c).XPOS, "NNS")
}

// worldWords are plural nouns for unnamed parties an appeal is made to.
var worldWords = map[string]bool{
	"donor": true, "government": true, "country": true, "nation": true,
	"state": true, "investor": true, "lender": true, "expert": true,
}
