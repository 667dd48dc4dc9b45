package coder_test

import (
	"testing"

	"sitrep/coder"
)

// unnamedKillerStories: an unnamed killer ("gunmen") whom only the
// dateline placed struck abroad, and the clause names the place: the
// gold coders code such killers as of the country where they struck, not
// as the victims' own country acting on itself (fourteenth session,
// force18). Made-up stories.
var unnamedKillerStories = []story{
	{"gunmen in a foreign city, told in a story filed at home",
		"OSLO, March 3 (Sitrep) — Norway closed its embassy in Peru on Saturday after gunmen killed two Norwegian engineers in Lima on Friday.",
		[]string{"PER>NOR 190"}, []string{"NOR>NOR 190"}},
}

// homeKillerStories: unnamed killers the clause places in the story's
// own country keep it.
var homeKillerStories = []story{
	{"gunmen in a province of the dateline's country",
		"LUSAKA, May 3 (Sitrep) — Gunmen killed 12 villagers in Zambia's Copperbelt province on Sunday, local officials said.",
		[]string{"ZMB>ZMB 180"}, nil},
}

// TestUnnamedKillers runs the stories through the whole pipeline.
func TestUnnamedKillers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), unnamedKillerStories)
	runStories(t, pipeline(t), homeKillerStories)
}

// TestUnnamedKillersOff: with the rule off, the self-pair comes back.
func TestUnnamedKillersOff(t *testing.T) {
	comesBackWithout(t, coder.UnnamedKillers, unnamedKillerStories)
}

// TestRubberBullets: rubber bullets and stun grenades fired at people
// are repression (175), not fighting (190), whoever the people are.
func TestRubberBullets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"rubber bullets fired at pensioners",
			"LIMA, May 3 (Sitrep) — Peruvian police fired rubber bullets at pensioners outside the Congress on Wednesday.",
			[]string{"PER>PER 175"}, []string{"PER>PER 190"}},
		{"stun grenades fired at farmers",
			"QUITO, May 3 (Sitrep) — Ecuadorean police fired stun grenades at farmers blocking a highway on Tuesday.",
			[]string{"ECU>ECU 175"}, []string{"ECU>ECU 190"}},
	})
}
