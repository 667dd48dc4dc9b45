package coder_test

import (
	"testing"

	"sitrep/coder"
)

// theTwoStories: a bare "the two" as a subject points back to the two
// parties named just before it (fifteenth session, actorless19). Made-up
// stories.
var theTwoStories = []story{
	{"a call, then the two agree",
		"OSLO, June 2 (Sitrep) — Norway and Iceland argued over fishing quotas on Monday. Prime Minister Jonas Gahr Store spoke by telephone with Icelandic Prime Minister Bjarni Benediktsson on Tuesday, and the two agreed to cooperate on a new quota survey.",
		[]string{"NOR>ISL 030", "ISL>NOR 030"}, nil},
	{"the two meet, told after a counterpart",
		"WARSAW, June 2 (Sitrep) — Poland protested to Lithuania over a border fence on Monday. Polish Defence Minister Piotr Nowak met his Lithuanian counterpart Darius Kaunas in Vilnius on Tuesday, and the two signed a border agreement.",
		[]string{"POL>LTU 057", "LTU>POL 057"}, nil},
}

// TestTheTwo runs the stories through the whole pipeline.
func TestTheTwo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), theTwoStories)
}

// TestTheTwoOff: with the rule off, the first story's agreement has no
// parties.
func TestTheTwoOff(t *testing.T) {
	failsWithout(t, coder.TheTwo, []offCase{{theTwoStories[0].text, theTwoStories[0].want[0]}})
}

// keepTalkingStory: "keep talking" is no meeting.
var keepTalkingStory = story{"agreed to keep talking",
	"OSLO, June 2 (Sitrep) — Norway and Iceland argued over fishing quotas on Monday. Norway said on Tuesday it had agreed to keep talking with Iceland in the coming weeks.",
	nil, []string{"NOR>ISL 040"}}

func TestKeepTalking(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{keepTalkingStory})
	*coder.KeepTalking = false
	defer func() { *coder.KeepTalking = true }()
	if got := denialCodes(t, p, keepTalkingStory.text); !got["NOR>ISL 040"] {
		t.Errorf("with the guard off, NOR>ISL 040 is not coded in %q", keepTalkingStory.text)
	}
}

// proposedTalksStory: talks only proposed, in a that-clause, are no
// talks held.
var proposedTalksStory = story{"proposed that negotiations begin",
	"OSLO, June 2 (Sitrep) — Norway and Iceland argued over fishing quotas on Monday. The Norwegian foreign minister proposed that formal negotiations begin in Geneva next month.",
	nil, []string{"NOR>ISL 046", "ISL>NOR 046"}}

func TestProposedBegin(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{proposedTalksStory})
	*coder.ProposedBegin = false
	defer func() { *coder.ProposedBegin = true }()
	if got := denialCodes(t, p, proposedTalksStory.text); !got["NOR>ISL 046"] {
		t.Errorf("with the rule off, NOR>ISL 046 is not coded in %q", proposedTalksStory.text)
	}
}
