package coder

// questionActs switches questionAct.
var questionActs = true

// askVerbs leave a "whether" or "if" clause an open question: "asked
// whether Israel had struck the convoy".
var askVerbs = setOf("ask", "wonder", "question", "query", "inquire", "enquire")

// whWords open a question that takes its act as given: "Why did Israel
// strike the convoy?" asks about a strike that happened.
var whWords = setOf("why", "how", "when", "where", "who", "what", "which", "whom", "whose")

// questionAct reports an act a question only asks about, which the gold
// guide codes hypothetical (a possibility, condition or question): a
// yes-no question ending in "?" whose clause holds the trigger ("Will
// China invade Taiwan?", "Has Niger expelled the ambassador?", also
// inside a quote a speaker asks), or a "whether"/"if" clause of a verb of
// asking ("Officials asked whether Israel had struck the convoy").
// A wh-question presupposes its act and is left alone.
func (s *sent) questionAct(i int) bool {
	if !questionActs {
		return false
	}
	onChain := map[int]bool{}
	for k, n := i, 0; k >= 0 && n < 10; k, n = s.head(k), n+1 {
		onChain[k] = true
		if m := s.child(k, "mark"); m >= 0 && (s.lemma(m) == "whether" || s.lemma(m) == "if") && s.rel(k) == "ccomp" {
			if h := s.head(k); h >= 0 && askVerbs[s.lemma(h)] {
				return true
			}
		}
	}
	for q := s.from; q < s.to; q++ {
		if s.lowerWord(q) != "?" || !onChain[s.head(q)] {
			continue
		}
		lo, _ := s.subtree(s.head(q))
		for j := lo; j < i; j++ {
			if whWords[s.lemma(j)] && (s.tok(j).XPOS == "WRB" || s.tok(j).XPOS == "WP" || s.tok(j).XPOS == "WDT" || s.tok(j).XPOS == "WP$") {
				return false
			}
		}
		return true
	}
	return false
}
