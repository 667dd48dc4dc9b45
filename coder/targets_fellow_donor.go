package coder

// Fellow donors are no recipients (twenty-first session, pair30).

import (
	"strings"

	"sitrep"
)

// fellowDonorOn switches fellowDonor.
var fellowDonorOn = true

// fellowDonor reports that the sentence's counterpart m of an aid act
// (07) at i is itself the subject of another clause of the sentence, a
// fellow giver: "Germany announced a new arms package, and France said
// it would send long-range missiles", "Britain and the Netherlands said
// they would lead a coalition to supply the jets". The aid goes to the
// side the story is about, not to the other giver beside it.
func (s *sent) fellowDonor(m *sitrep.ActorMention, i int, code string) bool {
	if !fellowDonorOn || !strings.HasPrefix(code, "07") {
		return false
	}
	d := s.doc
	lo, hi := s.tokensIn(m.Start, m.End)
	for t := lo; t < hi; t++ {
		tk := &d.Tokens[t]
		if h := tk.Head; (tk.Deprel == "nsubj" || tk.Deprel == "conj" && h >= 0 && strings.HasPrefix(d.Tokens[h].Deprel, "nsubj")) && h != i {
			return true
		}
	}
	return false
}
