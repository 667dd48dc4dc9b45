package coder

import "strings"

// caseInsideNameOn switches caseInsideName (eighteenth session, miss26).
var caseInsideNameOn = true

// caseInsideName finds the preposition of a name whose parse hung it on
// the name's first part instead of its head: "met with Russian President
// Vladimir Putin" parsed with "with" a child of "Vladimir", a compound of
// "Putin". Only a preposition that opens the whole name counts, so that
// a preposition inside a modifier ("the head of state Putin") is not
// taken for the name's own.
func (s *sent) caseInsideName(i int) string {
	if !caseInsideNameOn || s.tok(i).UPOS != "PROPN" {
		return ""
	}
	lo, _ := s.span(i)
	for _, c := range s.kids(i) {
		if c >= i {
			continue
		}
		// The title before a name ("President") is an nmod:desc, which
		// rel cuts to "nmod": read its full relation.
		if r := s.rel(c); r != "compound" && r != "flat" && s.deprel(c) != "nmod:desc" {
			continue
		}
		for _, k := range s.kids(c) {
			if s.rel(k) == "case" && k < c && s.tok(k).UPOS == "ADP" && s.tok(k).Start <= lo {
				return s.lemma(k)
			}
		}
	}
	return ""
}

// afterThatOn switches afterThat (eighteenth session, miss26).
var afterThatOn = true

// afterThat reports "after that" or "after this": a time, not a party an
// entry's after-phrase could name ("how high the force could go after
// that" is no "go after" a rival).
func (s *sent) afterThat(p string, o int) bool {
	if !afterThatOn || p != "after" {
		return false
	}
	l := strings.ToLower(s.lemma(o))
	return l == "that" || l == "this"
}
