package coder_test

import (
	"testing"

	"sitrep/coder"
)

// killedProposalStories: a measure "killed" is defeated, no one is
// killed; each story codes 190 with the rule off. Made-up stories.
var killedProposalStories = []story{
	{"killed a deal", "MEXICO CITY — Mexico's president said on Tuesday that the United States killed the trade deal with Canada.",
		nil, []string{"USA>CAN 190"}},
	{"would kill a proposal", "OTTAWA — Canada's prime minister said on Monday that Washington would kill the proposal on migrant workers from Mexico.",
		nil, []string{"USA>MEX 190"}},
}

func TestKilledProposal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, killedProposalStories)
	coder.SetFigurative("killed-proposal", false)
	defer coder.SetFigurative("killed-proposal", true)
	for _, c := range killedProposalStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("%s: with the rule off, %s is not coded either: %v", c.name, c.not[0], got)
		}
	}
}
