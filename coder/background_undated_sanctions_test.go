package coder_test

import (
	"testing"

	"sitrep/coder"
)

// undatedSanctionStories name sanctions already in force, with no time,
// imposing verb or word of fresh measures: no 163 (root26). Made-up
// stories.
var undatedSanctionStories = []story{
	{"sanctions a firm is accused of breaking",
		"Prosecutors said the Turkish trader had broken U.S. sanctions against Iran.",
		nil, []string{"USA>IRN 163"}},
	{"sanctions said to have hurt a country",
		"Iranian officials said U.S. sanctions against Tehran had hurt the country's airlines.",
		nil, []string{"USA>IRN 163"}},
}

// newSanctionStories bring sanctions in: they stay.
var newSanctionStories = []story{
	{"new sanctions on a country",
		"Japan announced new sanctions on North Korea on Tuesday.",
		[]string{"JPN>PRK 163"}, nil},
}

// TestUndatedSanctions runs the stories through the whole pipeline.
func TestUndatedSanctions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, undatedSanctionStories)
	runStories(t, p, newSanctionStories)
}

// TestUndatedSanctionsOff: with the rule off, the standing sanctions are
// coded again.
func TestUndatedSanctionsOff(t *testing.T) {
	comesBackWithout(t, coder.UndatedSanctions, undatedSanctionStories)
}
