package coder_test

import (
	"testing"

	"sitrep/coder"
)

// toldForceStories condemn "the violence" after a sentence that also
// weighs a coercive act (sanctions considered, a strike threatened): the
// condemnation is aimed at the doer of the violence told, not at the one
// who only weighs a step (eleventh session, deny11). Made-up stories.
var toldForceStories = []story{
	{"sanctions weighed, then the violence condemned",
		"LUSAKA, May 27 (Sitrep) — Zambian police opened fire on protesters in Lusaka on Sunday, killing four people, witnesses said. The United States said it was considering sanctions against Zambian officials, and Germany condemned the violence.",
		[]string{"DEU>ZMB 111"}, []string{"DEU>USA 111"}},
}

// TestToldForce runs the stories through the whole pipeline.
func TestToldForce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), toldForceStories)
}

// TestToldForceOff: with the rule off, the condemnation goes to the one
// who weighed sanctions.
func TestToldForceOff(t *testing.T) {
	comesBackWithout(t, coder.ToldForceOnly, toldForceStories)
}
