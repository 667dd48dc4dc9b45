package coder

// namedActsOn switches namedPastAct off for tests.
var namedActsOn = true

// namedActs are nouns a story uses as the name of the act that began its
// crisis, long told: "the dispute, which stems from Iraq's invasion of
// Kuwait", "resolutions condemning Iraq's invasion of Kuwait".
var namedActs = setOf("invasion", "annexation")

// namedPastAct reports such a noun that carries no time of its own or of
// a verb it is the object of: a reference to the known act, background
// the gold guide does not code, not news of one. ("Iraq's invasion of
// Kuwait on Aug. 2" keeps its date and is judged by background.)
func (s *sent) namedPastAct(i int) bool {
	if !namedActsOn || s.tok(i).UPOS != "NOUN" || !namedActs[s.lemma(i)] {
		return false
	}
	return s.timexOf(i) == nil && s.carriedTimex(i) == nil
}
