package coder_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/coder"
)

// warnedThreatStories tell a threat as what a warning says, in one
// sentence: one root-13 event of the pair (sibling17). Made-up stories.
var warnedThreatStories = []struct{ text, pair string }{
	{"ACCRA, May 28 (Sitrep) — Ghana's interior minister warned Togo to respect the border accord, saying Accra would take \"firm\" measures.",
		"GHA>TGO"},
	{"QUITO, May 28 (Sitrep) — Ecuador's army chief warned Colombia to pull back its troops, saying Quito would respond with every means at its disposal.",
		"ECU>COL"},
	{"ACCRA, May 28 (Sitrep) — Ghana warned Togo on Monday, saying Accra would retaliate against any new raid.",
		"GHA>TGO"},
}

// rootEvents counts the events of pair (source>target) whose code has the
// root given.
func rootEvents(t *testing.T, p interface{ Process(*sitrep.Document) error }, text, pair, root string) int {
	t.Helper()
	d := &sitrep.Document{ID: "t", Text: text}
	var err error
	if d.Published, err = sitrep.ParseDate("2024-05-28"); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range d.Events {
		if key(e.Source)+">"+key(e.Target) == pair && strings.HasPrefix(e.CAMEO, root) {
			n++
		}
	}
	return n
}

// TestWarnedThreat: the warning alone is coded.
func TestWarnedThreat(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range warnedThreatStories {
		if n := rootEvents(t, p, c.text, c.pair, "13"); n != 1 {
			t.Errorf("%s: %d root-13 events, want 1, in %q", c.pair, n, c.text)
		}
	}
}

// TestWarnedThreatOff: with the rule off, the threat stands beside the
// warning.
func TestWarnedThreatOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.WarnedThreat = false
	defer func() { *coder.WarnedThreat = true }()
	p := pipeline(t)
	for _, c := range warnedThreatStories {
		if n := rootEvents(t, p, c.text, c.pair, "13"); n < 2 {
			t.Errorf("with the rule off, %s has %d root-13 events, want 2 (the test no longer shows the rule)", c.pair, n)
		}
	}
}
