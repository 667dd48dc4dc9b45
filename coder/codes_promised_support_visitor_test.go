package coder_test

import (
	"testing"

	"sitrep/coder"
)

// promisedSupportStories promise support in reported speech, with
// "would" or "will": an intent to support (032), not support given
// (051). Made-up stories.
var promisedSupportStories = []story{
	{"support promised with would",
		"ANKARA, May 6 (Sitrep) — Turkey's foreign minister said on Monday that Ankara would support Lebanon's reform plan.",
		[]string{"TUR>LBN 032"}, []string{"TUR>LBN 051"}},
	{"support to go on, would keep",
		"MOSCOW, May 6 (Sitrep) — Russia would keep supporting Cuba's request to join the bloc, the Kremlin said on Monday.",
		[]string{"RUS>CUB 032"}, []string{"RUS>CUB 051"}},
}

// givenSupportStories tell support given or refused: the rule leaves
// them alone.
var givenSupportStories = []story{
	{"support given",
		"ANKARA, May 6 (Sitrep) — Turkey supported Lebanon's reform plan, its foreign minister said on Monday.",
		[]string{"TUR>LBN 051"}, []string{"TUR>LBN 032"}},
	{"support refused with would not",
		"ANKARA, May 6 (Sitrep) — Turkey's foreign minister said on Monday that Ankara would not support Lebanon's reform plan.",
		nil, []string{"TUR>LBN 032"}},
}

// TestPromisedSupport runs the stories through the whole pipeline.
func TestPromisedSupport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, promisedSupportStories)
	runStories(t, p, givenSupportStories)
}

// TestPromisedSupportOff: with the rule off, the promise is coded as
// support given (051) again.
func TestPromisedSupportOff(t *testing.T) {
	comesBackWithout(t, coder.PromisedSupport, promisedSupportStories)
}

// visitorNameStories welcome a visiting leader told by name alone: the
// host receives a visitor (043, and the visit 042), as with "welcomed the
// president". Made-up stories.
var visitorNameStories = []story{
	{"a leader welcomed by name",
		"HANOI, May 6 (Sitrep) — Vietnam's president welcomed Lula at Hanoi airport on Monday at the start of a state visit.",
		[]string{"VNM>BRA 043", "BRA>VNM 042"}, []string{"VNM>BRA 051"}},
}

// welcomedThingStories welcome a decision: praise (051) stays.
var welcomedThingStories = []story{
	{"a decision welcomed",
		"HANOI, May 6 (Sitrep) — Vietnam welcomed Brazil's decision to lift the ban on Vietnamese shrimp on Monday.",
		[]string{"VNM>BRA 051"}, []string{"VNM>BRA 043"}},
}

// TestVisitorName runs the stories through the whole pipeline.
func TestVisitorName(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, visitorNameStories)
	runStories(t, p, welcomedThingStories)
}

// TestVisitorNameOff: with the rule off, the leader welcomed is praise
// (051) again.
func TestVisitorNameOff(t *testing.T) {
	comesBackWithout(t, coder.VisitorName, visitorNameStories)
}

// TestSeizedPlace: a place seized is territory occupied (192); goods
// seized stay 1711. The lexicon row "seize a place" (root18); without it
// the airport is property seized (171).
func TestSeizedPlace(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{"an airport seized",
			"BAMAKO, May 6 (Sitrep) — Malian rebels seized the airport of Kidal on Monday, the army said.",
			[]string{"MLI>MLI 192"}, []string{"MLI>MLI 171"}},
		{"a hill seized across the border",
			"BISHKEK, May 6 (Sitrep) — Kyrgyzstan said on Monday that Tajik troops had seized a hill near the Kyrgyz village of Dostuk.",
			[]string{"TJK>KGZ 192"}, []string{"TJK>KGZ 171"}},
		{"weapons seized",
			"BAMAKO, May 6 (Sitrep) — Malian police seized weapons from a Burkinabe convoy on Monday.",
			nil, []string{"MLI>BFA 192"}},
	})
}
