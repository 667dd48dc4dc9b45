package coder

import "strings"

// readPronounObject lets an entry that names its objects read a pronoun
// object ("it", "they"/"them") through the word it refers to: "closed
// the borders on Wednesday and said it would reopen them next week",
// "would review an agreement … and could cancel it". The antecedent is
// the nearest noun before the pronoun, in its sentence or the one
// before, that is itself the object of a verb and agrees with the
// pronoun in number. Only a NOUN object of a verb is taken (not a
// subject, not a name): the reading is the one the sentence's own
// earlier act puts on the pronoun, and no guess beyond it.
var readPronounObject = true

// pronounObjectIs reports whether object k is a pronoun whose
// antecedent (above) is one of the words objs.
func (s *sent) pronounObjectIs(k int, objs []string) bool {
	if !readPronounObject || k < 0 || s.tok(k).UPOS != "PRON" || s.head(k) < 0 || namingVerbs[s.lemma(s.head(k))] {
		// ("condemned the strikes, calling them an attack": a naming
		// verb's pronoun is the thing judged, never the act it names.)
		return false
	}
	plural := false
	switch s.lemma(k) {
	case "it":
	case "they", "them":
		plural = true
	default:
		return false
	}
	lo := s.from
	if s.idx > 0 {
		lo, _ = s.doc.SentenceTokens(s.idx - 1)
	}
	for i := k - 1; i >= lo; i-- {
		t := s.tok(i)
		if t.UPOS != "NOUN" || t.Deprel != "obj" || t.Head < 0 || s.tok(t.Head).UPOS != "VERB" || t.Head == s.tok(k).Head {
			continue
		}
		if strings.Contains(t.Feats, "Number=Plur") != plural {
			continue
		}
		return s.oneOf(i, objs)
	}
	return false
}
