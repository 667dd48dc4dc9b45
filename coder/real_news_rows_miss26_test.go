package coder_test

import "testing"

// miss26RowStories: criticism by verbs of campaign copy (eighteenth
// session, miss26). Made-up stories; each wanted event is missed by the
// lexicon before the rows, each unwanted one is what the rows must not
// code.
var miss26RowStories = []story{
	{"went after a rival",
		"ANKARA — Erdogan went after Mitsotakis on Wednesday over his remarks on Cyprus.",
		[]string{"TUR>GRC 111"}, nil},
	{"went after a government",
		"ANKARA — Turkey's president went after the Greek government in a speech on Monday.",
		[]string{"TUR>GRC 111"}, nil},
	{"dismissed a leader as",
		"ANKARA — Turkey's president dismissed Greece's prime minister as a puppet on Monday.",
		[]string{"TUR>GRC 111"}, nil},
	{"dismissed accusations as: still a denial",
		"MOSCOW — Russia's foreign ministry dismissed the British accusations as spy mania.",
		[]string{"RUS>GBR 016"}, []string{"RUS>GBR 111"}},
	{"cast the blame on",
		"ANKARA — Turkey's president cast the blame on Greece's prime minister on Monday.",
		[]string{"TUR>GRC 112"}, nil},
}

// TestMiss26Rows runs the stories through the whole pipeline.
func TestMiss26Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), miss26RowStories)
}
