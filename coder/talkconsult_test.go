package coder_test

import (
	"testing"

	"sitrep/coder"
)

// talkConsultStories tell talks (or a call) and, in another sentence of
// the same day, that the two sides talked with each other: one encounter,
// coded by its more precise word (repeat20). Made-up stories.
var talkConsultStories = []story{
	{"talks, then talking with the other side",
		"LISBON, June 2 (Sitrep) — Portugal's foreign minister held talks with his Moroccan counterpart in Rabat on Monday. The Portuguese minister talked with Morocco's foreign minister on Monday about fishing rights, his ministry said.",
		[]string{"PRT>MAR 046"}, []string{"PRT>MAR 040"}},
	{"a call, then talking with the caller",
		"OSLO, June 2 (Sitrep) — Norway's prime minister spoke by telephone with Iceland's prime minister on Tuesday. The Norwegian leader talked with Iceland's prime minister on Tuesday about fishing quotas, his office said.",
		[]string{"NOR>ISL 041"}, []string{"NOR>ISL 040"}},
}

// TestTalkConsult runs the stories through the whole pipeline.
func TestTalkConsult(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), talkConsultStories)
}

// TestTalkConsultOff: with the widening off, the bare "talked with" comes
// back.
func TestTalkConsultOff(t *testing.T) {
	comesBackWithout(t, coder.TalkConsult, talkConsultStories)
}
