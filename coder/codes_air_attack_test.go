package coder_test

import (
	"testing"

	"sitrep/coder"
)

// airAttackStories: an attack whose doer is an air weapon (missiles,
// drones, jets, air strikes) is an air attack, 195, whatever verb tells
// it; troops' attacks stay 190. Made-up stories.
var airAttackStories = []story{
	{"jets as the subject of 'struck'",
		"RIYADH, June 2 (Sitrep) — Saudi jets struck Sanaa on Monday.",
		[]string{"SAU>YEM 195"}, []string{"SAU>YEM 190"}},
	{"drones as the subject of 'attacked'",
		"BAKU, June 2 (Sitrep) — Azerbaijani drones attacked Armenian troops on Monday.",
		[]string{"AZE>ARM 195"}, []string{"AZE>ARM 190"}},
	{"air strikes as the subject of 'hit'",
		"CAIRO, June 2 (Sitrep) — Israeli air strikes hit Khan Younis on Monday.",
		[]string{"ISR>PSE 195"}, []string{"ISR>PSE 190"}},
}

// airAttackKept: attacks by troops keep the unspecified attack code.
var airAttackKept = []story{
	{"troops attack",
		"BAKU, June 2 (Sitrep) — Azerbaijani troops attacked Armenian positions on Monday.",
		[]string{"AZE>ARM 190"}, []string{"AZE>ARM 195"}},
}

// TestAirAttacks runs the stories through the whole pipeline.
func TestAirAttacks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, airAttackStories)
	runStories(t, p, airAttackKept)
}

// TestAirAttacksOff: with the rule off the attacks are 190 again.
func TestAirAttacksOff(t *testing.T) {
	failsWithoutWant(t, coder.AirAttacks, airAttackStories)
}
