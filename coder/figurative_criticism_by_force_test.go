package coder_test

import (
	"testing"

	"sitrep/coder"
)

// byForceStories: "blasted" and "bashed" used for a blow or with a particle
// are no criticism (lex22). Each story's unwanted 111 is coded with the
// guard off. Made-up stories.
var byForceStories = []story{
	{"blasted with water cannon",
		"MANILA — China's coast guard blocked a Philippine supply boat near the shoal and blasted it with water cannon on Saturday.",
		nil, []string{"CHN>PHL 111"}},
	{"blasted a village",
		"KHARTOUM — Sudan's army blasted a Chadian border village on Monday, Chad's government said.",
		nil, []string{"SDN>TCD 111"}},
	{"blasted out releases",
		"WASHINGTON — The White House on Monday blasted out a stream of releases on Mexico's trade practices.",
		nil, []string{"USA>MEX 111"}},
}

// TestCriticismByForce runs the stories with the guard on: no criticism.
func TestCriticismByForce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, byForceStories)
	// The criticism itself stays.
	runStories(t, p, []story{{"blasted a government",
		"WARSAW — Poland's prime minister on Monday blasted Hungary's government over its energy deals.",
		[]string{"POL>HUN 111"}, nil}})
}

// TestCriticismByForceOff: with the guard off, each story's blow is coded
// as criticism.
func TestCriticismByForceOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.CriticismByForce = false
	defer func() { *coder.CriticismByForce = true }()
	p := pipeline(t)
	for _, c := range byForceStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("%s: with the guard off, no %s", c.name, c.not[0])
		}
	}
}
