package coder_test

import (
	"testing"

	"sitrep/coder"
)

// compoundAdjectiveStories name the people or craft acted on by a
// country adjective the parser hangs on a compound noun ("Afghan water
// engineers"): that country is the target, not the doer's own (eleventh
// session, target15). Made-up stories.
var compoundAdjectiveStories = []story{
	{"detained foreign water engineers",
		"DUSHANBE, May 27 (Sitrep) — Tajik border guards briefly detained two Afghan water engineers near the river last week.",
		[]string{"TJK>AFG 173"}, []string{"TJK>TJK 173"}},
}

// consumedObjectStories act on a kind of thing the entry names in its
// object ("targets", "imports", "embassy") and name its country only by
// an adjective on it: that country is the target, unless it is the
// doer's own. Made-up stories.
var consumedObjectStories = []story{
	{"struck targets of another country",
		"The Turkish air force struck Armenian targets on Sunday.",
		[]string{"TUR>ARM 190"}, nil},
	{"suspended imports from another country",
		"Kenya suspended Ugandan imports on Sunday.",
		[]string{"KEN>UGA 163"}, nil},
	{"closed another country's embassy",
		"Ecuador closed the Mexican embassy on Sunday.",
		[]string{"ECU>MEX 161"}, nil},
}

// TestTarget15 runs the stories through the whole pipeline.
func TestTarget15(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, compoundAdjectiveStories)
	runStories(t, p, consumedObjectStories)
}

// TestCompoundAdjectiveOff: with the rule off, the doer's own country is
// guessed again.
func TestCompoundAdjectiveOff(t *testing.T) {
	comesBackWithout(t, coder.DemonymDescent, compoundAdjectiveStories)
}

// TestConsumedObjectOff: with the rule off, the adjective's country is
// no longer the target.
func TestConsumedObjectOff(t *testing.T) {
	failsWithout(t, coder.ConsumedObjectCountry, []offCase{
		{"The Turkish air force struck Armenian targets on Sunday.", "TUR>ARM 190"},
		{"Kenya suspended Ugandan imports on Sunday.", "KEN>UGA 163"},
	})
}
