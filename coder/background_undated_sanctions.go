package coder

// undatedSanctionsOn switches undatedSanctions off for tests.
var undatedSanctionsOn = true

// sanctionImposers are verbs under which the noun "sanctions" is news of
// measures brought in or about to be: "imposed sanctions", "agreed to
// prepare sanctions", "sanctions announced on Monday".
var sanctionImposers = setOf("impose", "announce", "adopt", "approve", "prepare", "slap", "unveil", "introduce",
	"extend", "expand", "tighten", "level", "order", "decide", "vote", "draft")

// freshSanctions are modifiers that make the noun measures still to come or
// just taken: "new sanctions", "further sanctions".
var freshSanctions = setOf("new", "further", "fresh", "additional", "more", "tough", "tougher", "sweeping", "harsh", "harsher")

// undatedSanctions reports the noun "sanctions" named with no time of its
// own, no imposing verb and no word of fresh measures: the regime already
// in force that a story talks about ("evade sanctions", "violating
// sanctions against Iran", "the sanctions got results", "blamed U.S.
// sanctions for the ageing fleet"), or one being eased or lifted. The
// gold guide codes sanctions imposed in the news (163), not the standing
// ones; on the 19 written and 5 real sets the bare noun coded 2 gold
// events and 13 spurious ones.
func (s *sent) undatedSanctions(i int) bool {
	if !undatedSanctionsOn || s.tok(i).UPOS != "NOUN" || s.lemma(i) != "sanction" {
		return false
	}
	if h := s.head(i); h >= 0 && s.tok(h).UPOS == "VERB" && s.lemmaIn(sanctionImposers, h) {
		return false
	}
	for _, k := range s.kids(i) {
		switch s.rel(k) {
		case "amod", "acl":
			// "imposed sanctions" hung the other way round by the
			// parse, "sanctions imposed on Monday", "new sanctions".
			if s.lemmaIn(sanctionImposers, k) || s.lemmaIn(freshSanctions, k) {
				return false
			}
		}
	}
	return s.timexOf(i) == nil && s.carriedTimex(i) == nil
}
