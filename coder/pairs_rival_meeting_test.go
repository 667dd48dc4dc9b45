package coder_test

import (
	"testing"

	"sitrep/coder"
)

// rivalMeetingStories: meetings and calls between two named people of one
// country in different roles (rivalMeeting), and same-country pairs it
// leaves alone. Made-up stories.
var rivalMeetingStories = []story{
	{"a senator meets the president",
		"WASHINGTON — Senator Bernie Sanders met with President Joe Biden at the White House on Monday.",
		[]string{"USA>USA 040"}, nil},
	{"the Speaker phones a candidate",
		"WASHINGTON — House Speaker Mike Johnson spoke by telephone with former President Donald Trump on Sunday, aides said.",
		[]string{"USA>USA 041"}, nil},
	{"two ministers of one government",
		"WASHINGTON — Secretary of State Antony Blinken met Treasury Secretary Janet Yellen at the White House on Monday.",
		nil, []string{"USA>USA 040"}},
}

// TestRivalMeeting: the pairs of people in different roles are coded,
// two ministers of one code are not.
func TestRivalMeeting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), rivalMeetingStories)
}

// TestRivalMeetingOff: with the switch off, neither wanted pair is coded.
func TestRivalMeetingOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	*coder.RivalMeeting = false
	defer func() { *coder.RivalMeeting = true }()
	for _, c := range rivalMeetingStories[:2] {
		if got := denialCodes(t, p, c.text); got[c.want[0]] {
			t.Errorf("%s: %s coded with rivalMeeting off", c.name, c.want[0])
		}
	}
}
