package coder

// Fellow donors are no recipients (twenty-first session, pair30).

import (
	"strings"

	"sitrep"
)

// fellowDonorOn switches fellowDonor.
var fellowDonorOn = true

// fellowDonor reports that the sentence's counterpart m of an aid act
// (07) at i is no recipient: it is the subject of another clause of the
// sentence that gives or pledges too, a fellow giver ("Germany announced
// a new arms package, and France said it would send long-range
// missiles"), or the subject of a clause that tells of the act ("Britain
// and the Netherlands said they would lead a coalition to supply the
// jets", "Trump said Indonesia could send troops"). The aid goes to the
// side the story is about, not to the other giver beside it. A subject
// of any other clause is no giver: "Ukraine's army is running out of
// shells, and Germany said it would send more ammunition" (review
// finding 4). The relations read are the coder's repaired ones.
func (s *sent) fellowDonor(lx *Lexicon, m *sitrep.ActorMention, i int, code string) bool {
	if !fellowDonorOn || !strings.HasPrefix(code, "07") {
		return false
	}
	lo, hi := s.tokensIn(m.Start, m.End)
	for t := lo; t < hi; t++ {
		h, r := s.head(t), s.rel(t)
		if r == "conj" && h >= 0 && s.rel(h) == "nsubj" {
			// "Britain and the Netherlands said": the second
			// conjunct shares the first's verb.
			h, r = s.head(h), "nsubj"
		}
		if r == "nsubj" && h >= 0 && h != i && (s.governsAct(h, i) || s.givingAct(lx, h, i)) {
			return true
		}
	}
	return false
}

// governsAct reports that verb v governs act i other than through a
// conjunct or parataxis: i is in a clause v says, denies or plans.
func (s *sent) governsAct(v, i int) bool {
	for k, n := i, 0; k >= 0 && n < s.to-s.from; k, n = s.head(k), n+1 {
		if k == v {
			return true
		}
		if r := s.rel(k); r == "conj" || r == "parataxis" {
			return false
		}
	}
	return false
}

// givingVerbs announce, pledge or hand over aid, whatever the lexicon
// codes them.
var givingVerbs = setOf("announce", "pledge", "send", "provide", "supply", "deliver", "give")

// givingAct reports a verb v that gives or pledges: one of givingVerbs,
// one the lexicon codes 07 (aid), or one of the clausal complements it
// governs (ccomp, xcomp, advcl), not counting act i's own clause: "France said it would
// send missiles", "Britain and the Netherlands said they would lead a
// coalition to supply the jets", "Papua New Guinea said it was ready to
// send soldiers".
func (s *sent) givingAct(lx *Lexicon, v, i int) bool {
	if s.givingVerb(lx, v) {
		return true
	}
	var walk func(k, depth int) bool
	walk = func(k, depth int) bool {
		for _, c := range s.kids(k) {
			if c == i {
				continue
			}
			switch s.rel(c) {
			case "ccomp", "xcomp", "advcl":
			default:
				continue
			}
			if s.givingVerb(lx, c) || depth < 3 && walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(v, 0)
}

func (s *sent) givingVerb(lx *Lexicon, v int) bool {
	if s.lemmaIn(givingVerbs, v) {
		return true
	}
	if lx == nil {
		return false
	}
	for _, e := range lx.verbs[s.lemma(v)] {
		if strings.HasPrefix(e.Code, "07") {
			return true
		}
	}
	return false
}
