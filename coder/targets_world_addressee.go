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
	return strings.HasPrefix(code, "02") && s.appealAddressee(i) == addresseeWorld
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
	if l == "leader" && strings.HasPrefix(s.tok(c).XPOS, "NNS") {
		// "urged world leaders", "global leaders": the world's, not an
		// audience's (appealAddressee).
		return s.hasKid(c, "compound", "world") || s.hasKid(c, "amod", "global", "international")
	}
	return worldWords[l] && strings.HasPrefix(s.tok(c).XPOS, "NNS")
}

// worldWords are plural nouns for unnamed parties an appeal is made to.
var worldWords = map[string]bool{
	"donor": true, "government": true, "country": true, "nation": true,
	"state": true, "investor": true, "lender": true, "expert": true,
}

// tornCompoundSwitch switches repairTornCompound.
var tornCompoundSwitch = true

// repairTornCompound rereads a verb's object that the parse made a
// compound of the noun after a preposition: "accused Spain of bias",
// "blamed Washington for the delay", with "Spain" read as a compound of
// "bias" across "of" (or as the subject of the noun, which the parse
// made the object). No compound reaches over its noun's preposition in
// English, so the word is the verb's object, as in "accused Spain of
// meddling". Without it the accused is lost and a side of the story is
// guessed in its place.
func (s *sent) repairTornCompound() {
	if !tornCompoundSwitch {
		return
	}
	for c := s.from; c < s.to; c++ {
		t := s.tok(c)
		h := t.Head
		if t.Deprel != "compound" && t.Deprel != "nsubj" || h <= c+1 || h >= s.to {
			continue
		}
		hr := s.tok(h).Deprel
		if !strings.HasPrefix(hr, "obl") && hr != "obj" || t.Deprel == "nsubj" && (hr != "obj" || s.clauseNoun(h)) {
			// (A subject stays where its noun heads a clause: "denied
			// that China was behind the breach".)
			continue
		}
		v := s.tok(h).Head
		if !s.inside(v) || v >= c || s.tok(v).UPOS != "VERB" || hr != "obj" && s.hasObj(v) || !s.caseBetween(c, h) {
			continue
		}
		s.setFix(c, arc{v, "obj"})
		if hr == "obj" {
			// "accused Washington of "collective punishment"": the
			// phrase after the preposition is the verb's oblique.
			s.setFix(h, arc{v, "obl"})
		}
	}
}

// caseBetween reports a preposition of h between c and h (not the
// possessive "'s", which a compound may precede).
func (s *sent) caseBetween(c, h int) bool {
	for j := c + 1; j < h; j++ {
		if s.tok(j).Head == h && s.tok(j).Deprel == "case" && s.tok(j).UPOS == "ADP" {
			return true
		}
	}
	return false
}

// clauseNoun reports a noun that heads a clause of its own, with a
// copula or a conjunction, as the parse has it.
func (s *sent) clauseNoun(h int) bool {
	for k := s.from; k < s.to; k++ {
		if s.tok(k).Head == h && (s.tok(k).Deprel == "cop" || s.tok(k).Deprel == "mark") {
			return true
		}
	}
	return false
}
