package coder_test

import (
	"testing"

	"sitrep/coder"
)

// sourcedDenialStories deny an act the sentence before told through a
// fronted "According to X": X is the reporter's source, not an accuser,
// and the denial answers no one (the gold guide's '-'), neither the
// act's place nor a side guessed from the story (eleventh session,
// deny15). Made-up stories.
var sourcedDenialStories = []story{
	{"the place of the denied act",
		"DHAKA, May 27 (Sitrep) — India and Bangladesh held talks on river water in Dhaka on Monday. According to Nepalese media, Indian engineers have built a dam inside territory claimed by Nepal. India denied building a dam on Nepalese land.",
		[]string{"IND>- 016"}, []string{"IND>NPL 016"}},
	{"a charge with the teller's country named before",
		"YEREVAN, May 27 (Sitrep) — A gunman wounded two guards at Armenia's embassy in Baku on Monday. According to Armenian officials, Azerbaijani police waited an hour before entering the building. Azerbaijan rejected the charge.",
		[]string{"AZE>- 016"}, []string{"AZE>ARM 016"}},
}

// sourcedKeptStories are denials the rule leaves: the accusation's
// adjective names its maker.
var sourcedKeptStories = []story{
	{"the claim's maker named by the denial's object",
		"ALGIERS, May 27 (Sitrep) — Mali said a drone had crashed near the border on Sunday. According to Malian media, the drone was shot down by Algerian forces. Algeria rejected the Malian accusations.",
		[]string{"DZA>MLI 016"}, []string{"DZA>- 016"}},
}

// TestSourcedDenial runs the stories through the whole pipeline.
func TestSourcedDenial(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, sourcedDenialStories)
	runStories(t, p, sourcedKeptStories)
}

// TestSourcedDenialOff: with the rule off, the place or the story's
// other side is the target again.
func TestSourcedDenialOff(t *testing.T) {
	comesBackWithout(t, coder.SourcedDenial, sourcedDenialStories)
}
