package coder

import "sitrep"

// hedgedActs switches hedge.
var hedgedActs = true

// guessVerbs, in the passive with the act as their infinitive, make it a
// guess: "Iran is believed to have sent drones", "is thought to have
// struck", "is suspected of having shelled".
var guessVerbs = setOf("believe", "think", "suspect", "fear", "presume", "assume", "rumour", "rumor")

// hearsayVerbs, in the passive, make the act told on unnamed authority:
// "Israel is said to have struck the consulate".
var hearsayVerbs = setOf("say", "report", "allege", "claim")

// guessAdverbs leave the act a possibility: "Israel apparently struck".
var guessAdverbs = setOf("apparently", "possibly", "probably", "presumably", "perhaps", "seemingly", "likely")

// hedge returns the status a hedge gives the act at i, "" for none: a
// passive verb of guessing or saying whose infinitive (or "of"-gerund)
// the act is, an adverb of guessing on the act, or a
// sentence opened by "Reportedly," or "Allegedly," (which the parse may
// make the root). The gold guide: a possibility is hypothetical; an act
// told on someone else's word is reported. The status walk reads speech
// verbs only through their that-clauses. (Not "appears set to veto",
// "seemed to implore": the real-news gold codes them planned and
// occurred.)
func (s *sent) hedge(i int) string {
	if !hedgedActs {
		return ""
	}
	for _, c := range s.kids(i) {
		if s.rel(c) == "advmod" && guessAdverbs[s.lemma(c)] {
			return sitrep.StatusHypothetical
		}
	}
	k := i
	for n := 0; n < 4; n++ {
		h := s.head(k)
		if h < 0 {
			break
		}
		r := s.rel(k)
		gerund := (r == "advcl" || r == "conj") && s.childLemma(k, "mark", "of")
		if r == "xcomp" || gerund {
			hl := s.lemma(h)
			passive := s.childRel(h, "aux:pass") || s.childRel(h, "nsubj:pass")
			switch {
			case passive && guessVerbs[hl]:
				return sitrep.StatusHypothetical
			case passive && hearsayVerbs[hl]:
				return sitrep.StatusReported
			}
		}
		if r != "xcomp" && r != "conj" {
			break
		}
		k = h
	}
	if f := s.from; f+1 < s.to && (s.lemma(f) == "reportedly" || s.lemma(f) == "allegedly") && s.lowerWord(f+1) == "," {
		return sitrep.StatusReported
	}
	return ""
}

// childRel reports a child of k with the full relation rel.
func (s *sent) childRel(k int, rel string) bool {
	for _, c := range s.kids(k) {
		if s.deprel(c) == rel {
			return true
		}
	}
	return false
}
