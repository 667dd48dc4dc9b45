package coder

// meetr18: recall of the meeting family (fourteenth session).

// demonymObjectSwitch turns on demonymObject.
var demonymObjectSwitch = true

// demonymObject reports whether c, an xcomp of the verb i, is a
// misread object: "met Ukrainian President X", "met French President
// Y", where the parser takes the country adjective straight after the
// verb for a predicate complement ("remained British") and hangs the
// title and name on it. It is one when the adjective comes right after
// the verb, is capitalised, has no copula or subject of its own, and
// opens an actor mention that goes on past it (the adjective is the
// first word of a titled name, not a complement). Then the noun phrase
// it opens is the verb's object.
func (s *sent) demonymObject(i, c int) bool {
	if !demonymObjectSwitch || c != i+1 || s.tok(c).UPOS != "ADJ" || s.tok(i).UPOS != "VERB" {
		return false
	}
	if f := s.doc.TokenText(c); f == "" || f[0] < 'A' || f[0] > 'Z' {
		return false
	}
	if s.child(c, "cop") >= 0 || s.child(c, "nsubj") >= 0 || s.child(i, "obj") >= 0 {
		return false
	}
	m := s.mentionCovering(c)
	if m == nil || m.Country == "" || m.Start != s.tok(c).Start || m.End <= s.tok(c).End {
		return false
	}
	// The mention must go on to a proper name (the title and name the
	// parser hung on the adjective or on the verb).
	for k := c + 1; k < s.to && s.tok(k).Start < m.End; k++ {
		if s.tok(k).UPOS == "PROPN" {
			return true
		}
	}
	return false
}
