package coder_test

import (
	"testing"

	"sitrep/coder"
)

// otherDoerStories are denials of an act the denied clause gives
// another side as doer (tenth session, deny10): that side is the doer
// alleged, not the accuser, and with no accuser named the denial has no
// target (the gold guide's "-"). Made-up stories.
var otherDoerStories = []story{
	{"a denial that another country acted on the denier answers no one named",
		"BAMAKO, March 4 (Sitrep) — Mali's foreign minister denied on Monday that Paris had funded the rebels.",
		[]string{"MLI>- 016"}, []string{"MLI>FRA 016"}},
	{"a denial that an ally pressed the denier answers no one named",
		"OSLO, June 2 (Sitrep) — The Norwegian prime minister denied that Washington had pressed Oslo to expel the Russian envoy.",
		[]string{"NOR>- 016"}, []string{"NOR>USA 016"}},
	{"the denier's own act keeps its victim as the target",
		"NIAMEY, Sept 9 (Sitrep) — Niger's army denied that its troops had shelled Malian villages near the border.",
		[]string{"NER>MLI 016"}, []string{"NER>- 016"}},
	{"a passive's subject is the one the act was done to, and stays the target",
		"CONAKRY, Oct 1 (Sitrep) — Senegalese officials denied that any Guinean traders had been held at the border.",
		[]string{"SEN>GIN 016"}, []string{"SEN>- 016"}},
}

// TestDeniedOtherDoer runs the stories through the whole pipeline.
func TestDeniedOtherDoer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), otherDoerStories)
}

// TestDeniedOtherDoerOff: with the rule off, the alleged doer is taken
// for the target again.
func TestDeniedOtherDoerOff(t *testing.T) {
	failsWithout(t, coder.OtherDoer, []offCase{
		{otherDoerStories[0].text, "MLI>- 016"},
		{otherDoerStories[1].text, "NOR>- 016"},
	})
}
