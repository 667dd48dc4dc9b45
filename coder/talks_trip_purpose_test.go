package coder_test

import (
	"testing"

	"sitrep/coder"
)

// tripTalksStories tell talks as the purpose of a trip, in stories whose
// main pair is another: the talks are the traveller's, with the host or
// the with-phrase, never the story's pair (thirteenth session,
// talks17b). Made-up stories.
var tripTalksStories = []story{
	{"travel to P for talks, no side named",
		"NAIROBI, May 27 (Sitrep) — Kenya accused Uganda on Monday of harbouring rebels. Uganda denied the charge.\n\nThe Tanzanian foreign minister will travel to Paris on Friday for talks, his ministry said.",
		[]string{"TZA>FRA 042"}, []string{"KEN>UGA 046", "UGA>KEN 046"}},
	{"arrived in P for talks with Q",
		"ANKARA, May 27 (Sitrep) — Turkey accused Greece on Monday of arming islands in the Aegean.\n\nThe Iraqi foreign minister arrived in Ankara on Monday for talks with Turkish officials on water.",
		[]string{"IRQ>TUR 046", "TUR>IRQ 046"}, []string{"GRC>TUR 046", "TUR>GRC 046"}},
	{"will travel to P for talks with Q",
		"ANKARA, May 27 (Sitrep) — Turkey accused Greece on Monday of arming islands in the Aegean.\n\nThe Iraqi foreign minister will travel to Ankara on Friday for talks with Turkish officials on water.",
		[]string{"IRQ>TUR 042"}, []string{"GRC>TUR 046", "TUR>GRC 046"}},
}

// TestTripTalks runs the stories through the whole pipeline.
func TestTripTalks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), tripTalksStories)
}

// TestTripTalksOff: with the rule off, the story's pair comes back as the
// parties of the traveller's talks.
func TestTripTalksOff(t *testing.T) {
	comesBackWithout(t, coder.TripTalks, tripTalksStories)
}
