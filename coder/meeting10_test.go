package coder_test

import "testing"

// TestMeeting10AttendanceNotMade checks that an attendance not made ("did
// not attend", "will not attend") is a visit (042) from the absentee to the
// host, with no host's side, and with no host named from the dateline's
// country only; that one told as done or to come codes no visit of its
// own; and that talks not attended are no visit.
func TestMeeting10AttendanceNotMade(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"will not attend a summit in a named country",
			"Peru's president will not attend the regional summit in Ecuador next week, his office said on Monday.",
			[]string{"PER>ECU 042"}, []string{"ECU>PER 043"}},
		{"did not attend a meeting abroad",
			"Chilean Foreign Minister Alberto van Klaveren did not attend the meeting in Argentina on Friday.",
			[]string{"CHL>ARG 042"}, []string{"ARG>CHL 043"}},
		{"attended, told as done, is no visit of its own",
			"Chilean Foreign Minister Alberto van Klaveren attended the meeting in Argentina on Friday.",
			nil, []string{"CHL>ARG 042", "ARG>CHL 043"}},
		{"an absence with no host named is from the dateline's country only",
			"BISHKEK, May 28 (Sitrep) — The presidents of Kyrgyzstan and Uzbekistan signed a border treaty on Tuesday.\n\nKazakh President Kassym-Jomart Tokayev, who had been invited, did not attend.",
			[]string{"KAZ>KGZ 042"}, []string{"KAZ>UZB 042"}},
		{"talks not attended are no visit",
			"Bolivian officials did not attend the talks in Peru on Tuesday.",
			nil, []string{"BOL>PER 042"}},
	})
}
