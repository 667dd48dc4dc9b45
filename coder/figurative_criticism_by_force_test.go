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

// armedFireStories: "fired back at" by an armed side and "trashed" a
// place are force, not criticism (mend17). Made-up stories.
var armedFireStories = []story{
	{"troops fired back at gunmen",
		"ISLAMABAD — Pakistani troops fired back at Afghan gunmen near the border post on Sunday, the army said.",
		[]string{"PAK>AFG 190"}, []string{"PAK>AFG 111"}},
	{"rioters trashed an embassy",
		"TEHRAN — Iranian rioters trashed the Saudi embassy on Saturday night.",
		nil, []string{"IRN>SAU 111"}},
}

// TestArmedFireBack: the force is no criticism; the words stay criticism.
func TestArmedFireBack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, armedFireStories)
	runStories(t, p, []story{
		{"a minister fired back at a critic",
			"ROME — Italy's foreign minister fired back at France's president on Monday over the migrant dispute.",
			[]string{"ITA>FRA 111"}, nil},
		{"a minister trashed a plan",
			"BERLIN — Germany's finance minister trashed Greece's reform plan on Tuesday.",
			[]string{"DEU>GRC 111"}, nil},
	})
}

// TestArmedFireBackOff: with the guard off, the force is coded as
// criticism.
func TestArmedFireBackOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.CriticismByForce = false
	defer func() { *coder.CriticismByForce = true }()
	p := pipeline(t)
	for _, c := range armedFireStories {
		if got := denialCodes(t, p, c.text); !got[c.not[0]] {
			t.Errorf("%s: with the guard off, no %s (got %v)", c.name, c.not[0], got)
		}
	}
}
