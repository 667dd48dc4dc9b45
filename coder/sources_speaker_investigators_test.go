package coder_test

import (
	"testing"

	"sitrep/coder"
)

// speakerInvestigatorStories: an inquiry by a bare body ("a committee",
// "prosecutors", "investigators") that the actor coder places nowhere,
// told by a speaker it does place, is the speaker's country's
// (eighteenth session, legal26). Made-up stories.
var speakerInvestigatorStories = []story{
	{"a committee investigating, told by a ministry spokesman",
		"NEW DELHI, May 4 (Sitrep) — Nepal and India held talks on river floods on Monday. An Indian foreign ministry spokesman said a special committee was investigating the collapse of the dam.",
		[]string{"IND>IND 090"}, nil},
	{"investigators examining, told by a minister",
		"AMMAN, May 4 (Sitrep) — Jordan and Syria reopened a border crossing on Monday. Jordan's interior minister said investigators were examining the fire at the depot.",
		[]string{"JOR>JOR 090"}, nil},
}

// speakerInvestigatorKept: an inquiry into people the coder cannot place
// ("both were being investigated") is left alone: they are often the
// other side's.
var speakerInvestigatorKept = []story{
	{"no one named as investigated",
		"HANOI, May 4 (Sitrep) — Vietnam detained two Thai fishermen on Monday. A Vietnamese foreign ministry spokesman said both were being investigated by border agencies.",
		nil, []string{"VNM>VNM 090"}},
}

// TestSpeakerInvestigators runs the stories through the whole pipeline.
func TestSpeakerInvestigators(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, speakerInvestigatorStories)
	runStories(t, p, speakerInvestigatorKept)
}

// TestSpeakerInvestigatorsOff: with the rule off, the inquiries have no
// source.
func TestSpeakerInvestigatorsOff(t *testing.T) {
	var cases []offCase
	for _, c := range speakerInvestigatorStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.SpeakerInvestigators, cases)
}

// TestUnplacedPatientsGuard: with the guard off, the inquiry into "both"
// is the speaker's country's — the kept story needs the guard.
func TestUnplacedPatientsGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.UnplacedPatientsGuard = false
	defer func() { *coder.UnplacedPatientsGuard = true }()
	c := speakerInvestigatorKept[0]
	runStories(t, pipeline(t), []story{{c.name + ", guard off", c.text, c.not, nil}})
}
