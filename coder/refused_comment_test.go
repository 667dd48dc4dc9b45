package coder_test

import (
	"testing"

	"sitrep"
	"sitrep/coder"
)

// refusedCommentStories: a comment withheld under "would" is a refusal to
// comment made as told (011, occurred), aimed at the side whose report
// is not confirmed (twenty-first session, judge30). Made-up stories.
var refusedCommentStories = []story{
	{"would not confirm a report",
		"NAIROBI — Kenya said Ugandan troops had crossed the border on Monday. Uganda's defence ministry would not confirm the report.",
		[]string{"UGA>KEN 011 occurred"}, nil},
	{"would not speculate",
		"Estonia's prime minister said on Tuesday that Tallinn would not speculate on the culprit.",
		[]string{"EST>- 011 occurred"}, nil},
}

// TestRefusedComment runs the stories through the whole pipeline.
func TestRefusedComment(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), refusedCommentStories)
}

// TestRefusedCommentOff: with the rule off, each story goes wrong.
func TestRefusedCommentOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.RefusedComment = false
	defer func() { *coder.RefusedComment = true }()
	p := pipeline(t)
	for _, c := range refusedCommentStories {
		if wrong, got := goesWrong(t, p, c, withStatus); !wrong {
			t.Errorf("with the rule off, %s: still right (got %v)", c.name, got)
		}
	}
}

// TestCommentNotRefused: a silence reported ("did not comment") or a
// thing not known ("could not confirm") is no refusal.
func TestCommentNotRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"did not comment",
			"Kenya said Ugandan troops had crossed the border. Uganda's defence ministry did not comment.",
			nil, []string{"UGA>KEN 011"}},
		{"could not confirm",
			"Kenya said Ugandan troops had crossed the border. Uganda's defence ministry said it could not confirm the report.",
			nil, []string{"UGA>KEN 011"}},
	})
}

// firmOppositionStories: opposition told with its strength is criticism
// of the act opposed (111); of an accusation, a denial (016); of a kind
// of act in general, nothing (judge30). Made-up stories.
var firmOppositionStories = []story{
	{"firmly opposes a decision",
		"BEIJING — China's commerce ministry said it firmly opposes the European Union's decision to raise tariffs.",
		[]string{"CHN>IGOEUREEC 111"}, nil},
	{"firmly opposed a recognition",
		"Beijing firmly opposed Mongolia's recognition of the Dalai Lama.",
		[]string{"CHN>MNG 111"}, nil},
	{"firmly opposes an accusation: a denial",
		"WELLINGTON — New Zealand accused China of hacking its parliament. China's embassy said it firmly opposes the accusation.",
		[]string{"CHN>NZL 016"}, []string{"CHN>NZL 111"}},
}

// TestFirmOpposition runs the stories through the whole pipeline.
func TestFirmOpposition(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), firmOppositionStories)
}

// TestGeneralOpposition: "firmly opposed all forms of cyber attacks"
// criticises no one; with the guard off, it is coded.
func TestGeneralOpposition(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	c := story{"firmly opposed all forms of attacks",
		"PRAGUE — The Czech government accused China of a cyber attack. China's embassy said Beijing firmly opposed all forms of cyber attacks.",
		nil, []string{"CHN>CZE 111"}}
	p := pipeline(t)
	runStories(t, p, []story{c,
		// An act with its doer named is criticism of the doer (mend25).
		{"opposes any interference by the United States",
			"China firmly opposes any interference by the United States in its internal affairs.",
			[]string{"CHN>USA 111"}, nil},
		// An actor in the of-phrase is the act's object, no doer
		// (review finding 5); the doer in its own by-phrase is.
		{"opposes any invasion of a country",
			"China firmly opposes any invasion of Venezuela.",
			nil, []string{"CHN>VEN 111"}},
		{"opposes all forms of attacks by a country",
			"China firmly opposes all forms of attacks by Japan.",
			[]string{"CHN>JPN 111"}, nil}})
	*coder.GeneralOpposition = false
	defer func() { *coder.GeneralOpposition = true }()
	if wrong, got := goesWrong(t, p, c, func(e sitrep.Event) string { return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO }); !wrong {
		t.Errorf("with the guard off, %s: still right (got %v)", c.name, got)
	}
}
