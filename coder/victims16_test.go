package coder_test

import (
	"testing"

	"sitrep/coder"
)

// victimsByDatelineStories kill "people" whom only the dateline places:
// the victims' country is a guess, so the killing is no event between
// the killers and the dateline's country (twelfth session, lowprec16).
// Made-up stories.
var victimsByDatelineStories = []story{
	{"gunmen abroad, told in a story filed at home",
		"ALMATY, May 3 (Sitrep) — Kazakhstan closed its consulate in Tbilisi on Tuesday after gunmen killed more than 30 people at a market near the Georgian capital.",
		nil, []string{"KAZ>KAZ 190", "KAZUAF>KAZCVL 190"}},
	{"a country accused of killing people in its far territories",
		"LUANDA, June 12 (Sitrep) — Angola's president told a summit on Monday that Portugal had killed people in its former colonies for centuries.",
		nil, []string{"PRT>AGO 190", "PRT>AGOCVL 190"}},
}

// TestVictimsByDateline runs the stories through the whole pipeline.
func TestVictimsByDateline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), victimsByDatelineStories)
}

// TestVictimsByDatelineOff: with the rule off, the guessed killing comes
// back.
func TestVictimsByDatelineOff(t *testing.T) {
	comesBackWithout(t, coder.VictimsByDateline, victimsByDatelineStories)
}

// paperWithdrawnStories take back a paper or leave a role: no forces are
// pulled back, so no 0874 (twelfth session, lowprec16). Made-up stories.
var paperWithdrawnStories = []story{
	{"a paper withdrawn, in the passive, as a condition",
		"NAIROBI, June 4 (Sitrep) — Kenya said on Tuesday it would not resume talks with Uganda until the Jubaland memorandum was withdrawn.",
		nil, []string{"UGA>KEN 0874", "KEN>UGA 0874", "KEN>SOM 0874", "SOM>UGA 0874", "UGA>SOM 0874"}},
	{"a role given up",
		"HANOI, March 2 (Sitrep) — The regional football final was moved to Bangkok after Laos withdrew as host of the tournament at short notice, Vietnam's federation said.",
		nil, []string{"LAO>VNM 0874", "LAO>THA 0874", "LAO>LAO 0874"}},
}

// TestPaperWithdrawn runs the stories through the whole pipeline.
func TestPaperWithdrawn(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), paperWithdrawnStories)
}

// TestPaperWithdrawnOff: with the rule off, the withdrawal comes back.
func TestPaperWithdrawnOff(t *testing.T) {
	comesBackWithout(t, coder.PaperWithdrawn, paperWithdrawnStories)
}
