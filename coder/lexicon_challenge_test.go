package coder_test

import "testing"

// challengeStories: a ruling or a result challenged before a body that
// can undo it, or by legal means, is a legal complaint (115), as a
// challenge in court is (lex32). Made-up stories.
var challengeStories = []story{
	{"challenge before the supreme court",
		"CARACAS (Sitrep) — Venezuela's opposition said on Monday it would challenge the election result before the supreme court.",
		[]string{"VEN>VEN 115"}, nil},
	{"challenge by legal means",
		"CARACAS (Sitrep) — Venezuela's opposition said on Monday it would challenge the ruling by legal means.",
		[]string{"VEN>VEN 115"}, nil},
	{"challenge at a council",
		"CARACAS (Sitrep) — Venezuela's opposition challenged the result at the electoral council on Monday.",
		[]string{"VEN>VEN 115"}, nil},
}

// TestChallengeBefore runs the stories through the whole pipeline.
func TestChallengeBefore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), challengeStories)
}
