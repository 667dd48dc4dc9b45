package coder_test

import (
	"testing"

	"sitrep/coder"
)

// datelineHeadlineStories: a web copy of a wire story puts its title
// above the dateline; the story is filed from the dateline's place all
// the same, and a speaker the actor coder places nowhere speaks for it
// (sources_dateline_speaker.go). Made-up stories.
var datelineHeadlineStories = []story{
	{"a title line without a period",
		"Zimbabwe keeps British envoy despite aid cut\n\nHARARE, June 2 (Sitrep) — Zimbabwe said on Monday it would not expel the British ambassador, a week after London cut aid to the country. At a seminar on Monday, Mbekela accused the British administration of bullying smaller states.",
		[]string{"ZWE>GBR 112"}, nil},
	{"a title line with a period",
		"Harare will keep British envoy, minister says.\n\nHARARE, June 2 (Sitrep) — Zimbabwe said on Monday it would not expel the British ambassador, a week after London cut aid to the country. At a seminar on Monday, Mbekela accused the British administration of bullying smaller states.",
		[]string{"ZWE>GBR 112"}, nil},
}

// TestDatelineHeadline runs the stories through the whole pipeline.
func TestDatelineHeadline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), datelineHeadlineStories)
}

// TestDatelineHeadlineOff: with the rule off, the story is filed from
// nowhere and the speaker's act has no source.
func TestDatelineHeadlineOff(t *testing.T) {
	var cases []offCase
	for _, c := range datelineHeadlineStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.DatelineHeadline, cases)
}
