package coder_test

import (
	"testing"

	"sitrep/coder"
)

// questionStories: an act a yes-no question or an asked "whether" only
// asks about is hypothetical. Made-up sentences.
var questionStories = []story{
	{"will-question",
		"Will Azerbaijan attack Armenia this year?",
		[]string{"AZE>ARM 190 hypothetical"}, nil},
	{"has-question",
		"Has Mali expelled the Algerian ambassador?",
		[]string{"MLI>DZA 174 hypothetical"}, nil},
	{"a question quoted from a speaker",
		"\"Will Belarus attack Lithuania?\" the senator asked.",
		[]string{"BLR>LTU 190 hypothetical"}, nil},
	{"asked whether",
		"Reporters asked whether Turkey had bombed the village in Iraq.",
		[]string{"TUR>IRQ 195 hypothetical"}, nil},
}

func TestQuestionActs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), questionStories)
	// A wh-question takes its act as given.
	runWithStatus(t, pipeline(t), []story{
		{"why-question",
			"Why did Azerbaijan attack Armenia on Tuesday?",
			nil, []string{"AZE>ARM 190 hypothetical"}},
	})
}

// TestQuestionActsOff: without the rule each story goes wrong.
func TestQuestionActsOff(t *testing.T) {
	failsWithoutKeyed(t, coder.QuestionActs, questionStories, withStatus)
}
