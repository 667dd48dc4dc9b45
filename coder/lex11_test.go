package coder_test

import "testing"

// TestLex11Gaps checks the eleventh session's lexicon rows for events the
// gold sets code and no row named: courtesies paid by telephone as the
// call itself (041), a warship's port call as a visit (042, the port's
// country hosting 043), a party struck from a vote (1722) and a deal
// reopened (046). A ship docking with no foreign port named codes nothing.
func TestLex11Gaps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "congratulated by telephone",
			text: "ASTANA, May 27 (Sitrep) — Kazakh President Kassym-Jomart Tokayev congratulated Mongolia's new prime minister by telephone on Monday.",
			want: []string{"KAZ>MNG 041", "MNG>KAZ 041"},
			not:  []string{"KAZ>MNG 051"},
		},
		{
			name: "thanked by phone",
			text: "HANOI, May 27 (Sitrep) — Vietnam's prime minister thanked Japan's prime minister by phone on Monday for the flood aid.",
			want: []string{"VNM>JPN 041"},
		},
		{
			name: "held talks by telephone",
			text: "SEOUL, May 27 (Sitrep) — South Korea's foreign minister held talks by telephone with his Japanese counterpart on Monday.",
			want: []string{"KOR>JPN 041"},
		},
		{
			name: "warship docked in a foreign port",
			text: "MANILA, May 27 (Sitrep) — A French frigate docked in Manila on Monday for a four-day visit, the Philippine navy said.",
			want: []string{"FRA>PHL 042", "PHL>FRA 043"},
		},
		{
			name: "ship docked with no port named",
			text: "MANILA, May 27 (Sitrep) — A Philippine frigate docked on Monday after a patrol, the Philippine navy said.",
			not:  []string{"PHL>PHL 042", "PHL>- 042"},
		},
		{
			name: "party disqualified from the vote",
			text: "HARARE, May 27 (Sitrep) — Zimbabwe's electoral commission disqualified the opposition Citizens Coalition for Change from the vote on Monday.",
			want: []string{"ZWE>ZWE 1722"},
		},
		{
			name: "deal renegotiated",
			text: "ACCRA, May 27 (Sitrep) — Ghana said on Monday it would renegotiate its gas deal with Nigeria.",
			want: []string{"GHA>NGA 046"},
		},
	})
}
