package coder_test

import "testing"

// TestFrame17Frames checks the thirteenth session's widened frames: naval
// vessels dispatched (154, as troops dispatched), fire returned (190, as
// fire opened) and evidence shared (064, as intelligence shared). Each
// wanted event fails without the rows (checked by removing them from
// lexicon.tsv).
func TestFrame17Frames(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "frigates dispatched toward a rival",
			text: "MADRID, May 27 (Sitrep) — Greece dispatched two frigates to the Aegean on Monday after Turkey sent a survey ship into waters Greece claims.",
			want: []string{"GRC>TUR 154"},
		},
		{
			name: "fire returned across a border",
			text: "ISLAMABAD, May 27 (Sitrep) — Pakistani troops returned fire on Afghan forces on Monday after a border post was shelled, the army said.",
			want: []string{"PAK>AFG 190"},
		},
		{
			name: "fire not returned",
			text: "DHAKA, May 27 (Sitrep) — Bangladeshi border guards did not return fire on Myanmar troops on Monday, a Bangladeshi official said.",
			want: []string{"BGD>MMR 190"},
		},
		{
			name: "evidence not shared",
			text: "BERLIN, May 27 (Sitrep) — Russia said on Monday that Germany had not shared its evidence with Moscow.",
			want: []string{"DEU>RUS 064"},
		},
	})
}
