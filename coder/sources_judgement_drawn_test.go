package coder_test

import (
	"testing"

	"sitrep/coder"
)

// drawnJudgementStories: a judgement told from the side of the judged is
// coded from the from-phrase's critics to the subject's party
// (twenty-first session, judge30). Made-up stories.
var drawnJudgementStories = []story{
	{"comments drew criticism from capitals",
		"Erdogan's remarks on the refugees have drawn criticism from Berlin and Paris.",
		[]string{"DEU>TUR 111 occurred", "FRA>TUR 111 occurred"}, nil},
	{"a president drew praise from a neighbour",
		"Kenya's president drew praise from Tanzania for the deal.",
		[]string{"TZA>KEN 051 occurred"}, nil},
}

// TestDrawnJudgement runs the stories through the whole pipeline.
func TestDrawnJudgement(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), drawnJudgementStories)
}

// TestDrawnJudgementOff: with the rule off, each story goes wrong.
func TestDrawnJudgementOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.DrawnJudgement = false
	defer func() { *coder.DrawnJudgement = true }()
	p := pipeline(t)
	for _, c := range drawnJudgementStories {
		if wrong, got := goesWrong(t, p, c, withStatus); !wrong {
			t.Errorf("with the rule off, %s: still right (got %v)", c.name, got)
		}
	}
}

// TestDrawnJudgementThing: a thing that names no party drew the
// criticism: no side is guessed for it.
func TestDrawnJudgementThing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"the decision drew criticism",
			"Germany halted arms exports to Israel. The decision drew criticism from Israel.",
			nil, []string{"ISR>ISR 111", "ISR>DEU 111"}},
	})
}
