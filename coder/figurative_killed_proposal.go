package coder

// killedProposal reports "kill" with a measure for its object ("killed
// the bill in committee", "her work to kill a proposal"): political copy
// says a bill, plan or deal is killed when it is defeated or dropped;
// nobody dies (switch "killed-proposal").
func (s *sent) killedProposal(i int, a frameArgs) bool {
	if s.lemma(i) != "kill" || a.obj < 0 {
		return false
	}
	l := s.lemma(a.obj)
	return billNouns[l] || killableNouns[l]
}

// killableNouns are plans and agreements that can be killed in the
// political sense, beside the bills of billNouns.
var killableNouns = setOf("proposal", "plan", "deal", "idea", "initiative", "reform", "provision",
	"nomination", "agreement", "treaty", "project", "motion", "resolution", "pipeline")
