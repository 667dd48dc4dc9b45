package coder_test

import (
	"testing"

	"sitrep/coder"
)

// worldAddresseeStories tell of an appeal to the world at large (donors,
// governments, foreign experts): no target is guessed for it from the
// story's sides or the sentence's other countries (appeal17). Made-up
// stories.
var worldAddresseeStories = []story{
	{"donors urged by the U.N.",
		"SUVA, March 3 (Sitrep) — A cyclone flattened villages across Fiji on Sunday. Australia and Japan sent relief flights. The United Nations urged donors to fund an emergency appeal.",
		[]string{"IGOUNO>- 020"}, []string{"IGOUNO>FJI 020", "IGOUNO>AUS 020", "IGOUNO>JPN 020"}},
	{"foreign experts asked to join an inquiry",
		"LILONGWE, March 3 (Sitrep) — A ferry sank on Lake Malawi on Sunday, killing 40 people. President Chakwera said Malawi would ask foreign experts to join the inquiry.",
		[]string{"MWI>- 020"}, []string{"MWI>MWI 020"}},
}

// worldLeaderStories: leaders of the world are the world's, not an
// audience at large; the one classifier (appealAddressee) reads them so
// (review23 finding 4; before it, the audience rule dropped the appeal).
var worldLeaderStories = []story{
	{"world leaders urged by the U.N. are the world's, not an audience (review23 finding 4)",
		"SUVA, March 3 (Sitrep) — A cyclone flattened villages across Fiji on Sunday. Australia and Japan sent relief flights. The United Nations called on world leaders to fund an emergency appeal.",
		[]string{"IGOUNO>- 020"}, []string{"IGOUNO>FJI 020", "IGOUNO>AUS 020", "IGOUNO>JPN 020"}},
}

// namedAddresseeStories keep an addressee that is named.
var namedAddresseeStories = []story{
	{"a country's donors named",
		"SUVA, March 3 (Sitrep) — A cyclone flattened villages across Fiji on Sunday. The United Nations urged Japan to fund an emergency appeal.",
		[]string{"IGOUNO>JPN 020"}, nil},
}

// TestWorldAddressee runs the stories through the whole pipeline.
func TestWorldAddressee(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, worldAddresseeStories)
	runStories(t, p, worldLeaderStories)
	runStories(t, p, namedAddresseeStories)
}

// TestWorldAddresseeOff: with the rule off, a guessed target comes back.
func TestWorldAddresseeOff(t *testing.T) {
	comesBackWithout(t, coder.WorldAddressee, worldAddresseeStories)
}

// tornCompoundStories name the accused as the object before "of" and a
// noun, which the parse reads as a compound of that noun: the accused is
// still the target, not a side of the story guessed in its place
// (appeal17). Made-up stories.
var tornCompoundStories = []story{
	{"a capital accused of a noun",
		"RABAT, Nov 2 (Sitrep) — Morocco welcomed the vote on Friday.\n\nThe Polisario Front rejected the text. Algeria accused Washington of bias.",
		[]string{"DZA>USA 112"}, []string{"DZA>MAR 112"}},
	{"a country accused of a noun",
		"RABAT, Nov 2 (Sitrep) — Morocco welcomed the vote on Friday.\n\nThe Polisario Front accused Spain of bias.",
		[]string{"ESH>ESP 112"}, []string{"ESH>MAR 112"}},
}

// TestTornCompound runs the stories through the whole pipeline.
func TestTornCompound(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), tornCompoundStories)
}

// TestTornCompoundOff: with the repair off, the guessed side comes back.
func TestTornCompoundOff(t *testing.T) {
	comesBackWithout(t, coder.TornCompound, tornCompoundStories)
}
