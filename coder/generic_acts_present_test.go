package coder_test

import (
	"testing"

	"sitrep/coder"
)

// genericForceStories tell force in the simple present with no day: a
// habit or a standing state, no event (spur28). Made-up stories.
var genericForceStories = []story{
	{"a habit said in a quote",
		"SANTIAGO, May 28 (Sitrep) — Chile recalled its ambassador from Lima on Tuesday. \"The Peruvian army kills our fishermen,\" the foreign minister said.",
		[]string{"CHL>PER 161"}, []string{"PER>CHL 190"}},
	{"a standing occupation",
		"SANTIAGO, May 28 (Sitrep) — Chile recalled its ambassador from Lima on Tuesday. Peru still occupies two Chilean islands in the bay, the minister said.",
		[]string{"CHL>PER 161"}, []string{"PER>CHL 192"}},
}

// datedForceStories tell force of a day: it stays.
var datedForceStories = []story{
	{"shelling of a day",
		"SANTIAGO, May 28 (Sitrep) — Chile recalled its ambassador from Lima on Tuesday. Peruvian troops shelled two Chilean border posts on Monday, the foreign minister said.",
		[]string{"PER>CHL 194"}, nil},
}

// TestGenericForce runs the stories through the whole pipeline.
func TestGenericForce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, genericForceStories)
	runStories(t, p, datedForceStories)
}

// TestGenericForceOff: with the rule off, the generic force is coded.
func TestGenericForceOff(t *testing.T) {
	comesBackWithout(t, coder.GenericForce, genericForceStories)
}
