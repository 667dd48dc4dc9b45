package coder

// asideSubjectOn switches asideSubject (tests turn it off).
var asideSubjectOn = true

// asideSubject returns the subject of finite verb i that an aside set off
// by commas parts from it (twenty-third session, lex32): "Libyan leader
// Moammar Gadhafi, in a letter to the Secretary-General, also called
// for a meeting", "U.S. officials have, in fact, praised the Saudis".
// The parse, meeting the aside, makes the name the root and the verb its
// conjunct or the aside's modifier, and the verb is left without a
// subject. The subject is the word before the aside's opening comma
// (past an auxiliary: "officials have, in fact,"), when an actor is
// named there; -1 otherwise. Only an aside of a few words with no verb
// of its own, and only a finite verb: "the report, released on Monday,
// said" is a participle whose noun is what was released.
func (s *sent) asideSubject(i int) int {
	if !asideSubjectOn || s.tok(i).UPOS != "VERB" {
		return -1
	}
	x := s.tok(i).XPOS
	j := i - 1
	for j > s.from && (s.rel(j) == "advmod" && s.head(j) == i || s.tok(j).UPOS == "AUX" && s.head(j) == i) {
		// "also called", "has also called"
		j--
	}
	if j <= s.from || s.lowerWord(j) != "," {
		return -1
	}
	p := -1
	for k := j - 1; k > s.from && k >= j-12; k-- {
		if u := s.tok(k).UPOS; u == "VERB" && s.rel(k) != "case" || u == "AUX" && s.lemma(k) != "have" {
			// (Not "including", read as the preposition it is here:
			// "candidates, including Trump and Cruz, criticized".)
			return -1
		}
		if s.lowerWord(k) == "," {
			p = k
			break
		}
	}
	if p < 0 || p == j-1 {
		return -1
	}
	n := p - 1
	if n > s.from && s.lemma(n) == "have" && (x == "VBN" || x == "VBD") {
		// "officials have, in fact, praised"
		n--
	} else if x != "VBD" && x != "VBZ" && x != "VBP" {
		return -1
	}
	if u := s.tok(n).UPOS; u != "PROPN" && u != "NOUN" {
		return -1
	}
	if m := s.actorAt(n); m == nil || actorKey(m) == "" {
		return -1
	}
	return n
}
