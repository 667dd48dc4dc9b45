package coder

// readyActOn switches readyAct on (tests turn it off).
var readyActOn = true

// hopeToMeetOn switches the readiness reading of "hope" and of a
// readiness word two links up ("hoped to keep talking", "ready for a
// new round of talks") on (tests turn it off).
var hopeToMeetOn = true

// readyIntent maps the root of a cooperative act to the intent the gold
// codes when a readiness word governs it ("was ready to establish
// relations" 032, "wants to keep trading" 0311, "ready to fund" 033,
// "ready to lift the ban" 0354): the offer is made now, the act is not.
var readyIntent = map[string]string{"05": "032", "06": "031", "07": "033", "08": "035"}

// readyAct reports the intent code for an act of root 05-08 governed by
// a readiness word ("ready", "willing", "want", "hope" …), or "".
// "continue" and "offer" are left out: "continued to supply" is the act
// going on, and "offer" has its own lexicon frames.
func (s *sent) readyAct(i int, code string) string {
	if !readyActOn || len(code) < 2 {
		return ""
	}
	r, ok := readyIntent[code[:2]]
	if !ok {
		return ""
	}
	h := s.readinessHead(i)
	if h < 0 || s.lemma(h) == "continue" || s.lemma(h) == "offer" {
		return ""
	}
	return r
}

// hopeWords govern an act wished for, as readiness words do.
var hopeWords = setOf("hope")

// readinessWord reports lemma l as a word that makes the act it governs
// an offer.
func readinessWord(l string) bool {
	return readiness[l] || hopeToMeetOn && hopeWords[l]
}

// readinessHead returns the readiness word governing act i, or -1: the
// act's verb as its infinitive ("ready to meet", "hoped to travel"),
// through "keep"/"continue" ("hoped to keep talking"), or the act's noun
// as the object of the infinitive ("ready to resume talks") or after
// "for" ("ready for a new round of talks").
func (s *sent) readinessHead(i int) int {
	h := s.head(i)
	if h < 0 {
		return -1
	}
	switch s.rel(i) {
	case "xcomp":
		if readinessWord(s.lemma(h)) {
			return h
		}
		if hopeToMeetOn && continuing[s.lemma(h)] && s.rel(h) == "xcomp" {
			if g := s.head(h); g >= 0 && readinessWord(s.lemma(g)) {
				return g
			}
		}
	case "obj":
		if s.tok(i).UPOS == "NOUN" && s.rel(h) == "xcomp" {
			if g := s.head(h); g >= 0 && readinessWord(s.lemma(g)) {
				return g
			}
		}
		if s.tok(i).UPOS == "NOUN" {
			// "its interest in resuming talks" (readiness_nouns.go).
			if g := s.readinessNounOf(h); g >= 0 {
				return g
			}
		}
	case "acl":
		// "its interest in negotiating" (readiness_nouns.go).
		return s.readinessNounOf(i)
	case "obl", "nmod":
		if !hopeToMeetOn || s.tok(i).UPOS != "NOUN" {
			return -1
		}
		if s.rel(i) == "nmod" && s.lemma(h) == "round" {
			// "ready for a new round of direct talks"
			i, h = h, s.head(h)
			if h < 0 || s.rel(i) != "obl" {
				return -1
			}
		}
		if s.rel(i) == "obl" && s.lemma(h) == "ready" && s.caseOf(i) == "for" {
			return h
		}
	}
	return -1
}
