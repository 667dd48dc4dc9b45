package coder_test

import (
	"testing"

	"sitrep/coder"
)

// pnmiss23Stories: the missed events of campaign copy (seventeenth
// session, pnmiss23). Made-up stories; each wanted event fails without
// its rule (the off tests) or its lexicon row.
var (
	rivalCooperationStories = []story{
		{"threw his support behind a colleague",
			"WASHINGTON — Senator Bernie Sanders threw his support behind Senator Chuck Schumer on Monday.",
			[]string{"USA>USA 051"}, nil},
		{"praised a colleague",
			"WASHINGTON — Senator Marco Rubio praised Senator Mitch McConnell on Tuesday for his leadership.",
			[]string{"USA>USA 051"}, nil},
	}
	meetingOccasionStories = []story{
		{"spoke after a meeting with",
			"TOKYO — Japan's foreign minister spoke to reporters after a meeting with South Korea's foreign minister on Tuesday.",
			[]string{"JPN>KOR 040"}, nil},
	}
	supportOfStories = []story{
		{"has come out in support of",
			"WASHINGTON — Senator Bernie Sanders has come out in support of Senator Chuck Schumer, his office said on Monday.",
			[]string{"USA>USA 051"}, nil},
	}
	pnmiss23RowStories = []story{
		{"endorsement of",
			"BRUSSELS — Donald Trump's endorsement of Hungary's prime minister drew criticism in Brussels on Monday.",
			[]string{"USA>HUN 051"}, nil},
		{"called him a blowhard",
			"ANKARA — Turkey's president on Monday called Greece's prime minister a blowhard.",
			[]string{"TUR>GRC 111"}, nil},
	}
)

// TestPnmiss23 runs the stories through the whole pipeline.
func TestPnmiss23(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	var all []story
	for _, ss := range [][]story{rivalCooperationStories, meetingOccasionStories, supportOfStories, pnmiss23RowStories} {
		all = append(all, ss...)
	}
	runStories(t, p, all)
}

// TestRivalCooperationOff: with the rule off, a same-country pair of
// verbal cooperation is dropped.
func TestRivalCooperationOff(t *testing.T) {
	failsWithout(t, coder.RivalCooperation, offCases(rivalCooperationStories))
}

// TestMeetingOccasionOff: with the rule off, the meeting noun has no
// source.
func TestMeetingOccasionOff(t *testing.T) {
	failsWithout(t, coder.MeetingOccasion, offCases(meetingOccasionStories))
}

// TestSupportOfOff: with the rule off, "in support of X" has no target.
func TestSupportOfOff(t *testing.T) {
	failsWithout(t, coder.SupportOf, offCases(supportOfStories))
}
