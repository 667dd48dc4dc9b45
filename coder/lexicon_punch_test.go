package coder_test

import "testing"

// punchStories: a person punched is physically assaulted (182, the
// "punch someone" row, lex32); an army that punches through lines
// assaults no one. Made-up stories.
var punchStories = []story{
	{"supporters punched a journalist",
		"HARARE (Sitrep) — Supporters of Zimbabwe's ruling party punched a South African journalist outside the court on Monday, police said.",
		[]string{"ZWE>ZAF 182"}, nil},
	{"troops punched through the lines: no assault on a person",
		"KHARTOUM (Sitrep) — Sudanese troops punched through rebel lines near the city on Monday, the army said.",
		nil, []string{"SDN>SDN 182"}},
}

// TestPunch runs the stories through the whole pipeline.
func TestPunch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), punchStories)
}
