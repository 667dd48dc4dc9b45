package coder_test

import (
	"testing"

	"sitrep/coder"
)

// deepSpeakerStories: a speech act coordinated with a verb that the
// parse hangs deep inside the reported clause is the speaker's
// (thirteenth session, party17). Made-up stories.
var deepSpeakerStories = []story{
	{"an accusation after a clause ending in a participle",
		"NAIROBI, June 2 (Sitrep) — Kenya's Foreign Ministry said on Monday that the handover of the prisoners was proceeding as planned and accused Somalia's government of trying to delay it.",
		[]string{"KEN>SOM 112"}, nil},
	{"an accusation after a passive report",
		"ACCRA, June 2 (Sitrep) — Ghana's interior ministry said on Monday that the demarcation of the border was going ahead as agreed and accused Togo of stalling the work.",
		[]string{"GHA>TGO 112"}, nil},
}

// TestDeepSpeakerConj runs the stories through the whole pipeline.
func TestDeepSpeakerConj(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), deepSpeakerStories)
}

// TestDeepSpeakerConjOff: with the rule off, the accusation has no
// source.
func TestDeepSpeakerConjOff(t *testing.T) {
	var cases []offCase
	for _, c := range deepSpeakerStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.SpeakerConjDeeps, cases)
}
