package coder_test

import "testing"

// TestRejectedComplaints: a complaint, protest, objection or account
// another side made, when rejected or dismissed, is a denial (016)
// answering that side, not a rejection (120) (ninth session, denials).
// Made-up stories through the whole pipeline; without the lexicon's
// nouns each case is coded 120 or not at all.
func TestRejectedComplaints(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a rejected complaint is a denial",
			"OSLO, Feb 3 (Sitrep) — Norway lodged a complaint with Russia on Monday over a trawler seized in the Barents Sea. Russia rejected the complaint on Tuesday.",
			[]string{"RUS>NOR 016"}, []string{"RUS>NOR 120"}},
		{"a rejected protest, with its maker as possessive, is a denial toward the maker",
			"HANOI, June 8 (Sitrep) — A Chinese foreign ministry spokesman said on Friday the reef was Chinese territory and rejected Vietnam's protest.",
			[]string{"CHN>VNM 016"}, []string{"CHN>VNM 120"}},
		{"a rejected objection is a denial",
			"DHAKA, Sept 2 (Sitrep) — Bangladesh objected on Monday to a new Indian dam on a shared river. India rejected the objection on Tuesday.",
			[]string{"IND>BGD 016"}, []string{"IND>BGD 120"}},
		{"a dismissed account is a denial",
			"RABAT, Nov 14 (Sitrep) — Algeria said Moroccan drones had struck a convoy near the border. Morocco dismissed the Algerian account as baseless on Thursday.",
			[]string{"MAR>DZA 016"}, nil},
		{"a rejected proposal stays a rejection",
			"LIMA, May 5 (Sitrep) — Ecuador offered to host talks on the border dispute. Peru rejected the proposal on Friday.",
			[]string{"PER>ECU 125"}, []string{"PER>ECU 016"}},
	}
	runStories(t, p, cases)
}
