package coder_test

import "testing"

// judge26NamingStories: a verb of naming judges an actor with a word
// that was in judgedNegative but not in the naming rows' class
// (eighteenth session, judge26). Made-up stories. Class words have no
// switch: each wanted event was checked by hand to be missed with
// arrogant, incompetent, traitor and stupid taken out of class:judgement
// (review19).
var judge26NamingStories = []story{
	{"called a leader arrogant",
		"ANKARA — Turkey's president on Monday called Greece's prime minister \"arrogant and incompetent\".",
		[]string{"TUR>GRC 111"}, nil},
	{"called a minister a traitor",
		"CARACAS — Venezuela's president called Colombia's foreign minister a traitor on Tuesday.",
		[]string{"VEN>COL 111"}, nil},
	{"labeled a government's plan stupid",
		"MEXICO CITY — Mexico's foreign minister labeled the U.S. administration's plan \"stupid\" on Friday.",
		[]string{"MEX>USA 111"}, nil},
}

// TestJudge26NamingWords runs the stories through the whole pipeline.
func TestJudge26NamingWords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), judge26NamingStories)
}
