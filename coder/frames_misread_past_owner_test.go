package coder_test

import (
	"testing"

	"sitrep/coder"
)

// misreadPastOwnerStories: a verb of force read as an adjective of its
// object, after a doer named by its owner ("Hezbollah units fired
// rockets"), is the verb of that doer (lex32). Made-up stories.
var misreadPastOwnerStories = []story{
	{"units named by their group fired rockets",
		"DAMASCUS (Sitrep) — Syrian officials said Hezbollah units fired rockets near Qusayr on Sunday.",
		[]string{"LBN>SYR 195"}, nil},
}

// TestMisreadPastOwner runs the stories through the whole pipeline.
func TestMisreadPastOwner(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), misreadPastOwnerStories)
}

// TestMisreadPastOwnerOff: with the rule off, "fired" stays an adjective
// and codes nothing.
func TestMisreadPastOwnerOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.MisreadPastOwner = false
	defer func() { *coder.MisreadPastOwner = true }()
	runStories(t, pipeline(t), []story{{"units fired rockets, rule off",
		misreadPastOwnerStories[0].text, nil, []string{"LBN>SYR 195"}}})
}
