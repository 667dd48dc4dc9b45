package coder_test

import "testing"

// TestLex17Gaps checks the thirteenth session's lexicon rows for events the
// gold sets code and no row named: disapproval told by an adjective of
// feeling (111), a vessel shadowing another's (150), border checks brought
// back (191) and aid told by the landing of its flights (07x). "Shadow"
// as a noun codes nothing. Each wanted event fails without the rows.
func TestLex17Gaps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "deeply disappointed, the other side in the story",
			text: "OTTAWA, May 27 (Sitrep) — Peru expelled Canada's trade envoy on Monday. Canada said it was deeply disappointed.",
			want: []string{"CAN>PER 111"},
		},
		{
			name: "deeply shocked, the other side in the story",
			text: "LISBON, May 27 (Sitrep) — Morocco closed its ports to Portuguese fishing boats on Monday. Portugal said it was deeply shocked.",
			want: []string{"PRT>MAR 111"},
		},
		{
			name: "a frigate shadowed",
			text: "OSLO, May 27 (Sitrep) — A Danish patrol ship shadowed a Norwegian frigate in the Baltic Sea on Monday, the Norwegian navy said.",
			want: []string{"DNK>NOR 150"},
		},
		{
			name: "shadow as a noun",
			text: "OSLO, May 27 (Sitrep) — Denmark said on Monday the talks with Norway took place in the shadow of the dispute.",
			not:  []string{"DNK>NOR 150"},
		},
		{
			name: "border checks reintroduced",
			text: "VIENNA, May 27 (Sitrep) — Austria reintroduced checks on its border with Slovenia on Monday.",
			want: []string{"AUT>SVN 191"},
		},
		{
			name: "aid flights landed",
			text: "SUVA, May 27 (Sitrep) — The first aid flights from Japan landed in Fiji on Monday, three days after a cyclone struck the islands.",
			want: []string{"JPN>FJI 073"},
		},
	})
}
