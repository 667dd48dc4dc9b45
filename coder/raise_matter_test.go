package coder_test

import "testing"

// TestRaiseMatter: a grievance "raised" with the other side, or raised
// where it is heard, is a formal complaint (114), like "lodge a protest"
// (docs/events.md, "Eighth session: recall on unseen text"). Tariffs and
// alert levels raised keep their own rows. Made-up stories through the
// whole pipeline; the first two fail with the row taken out of lexicon.tsv.
func TestRaiseMatter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"the matter raised with the other side's envoy",
			"OSLO, June 3 (Sitrep) — Norway raised the matter with Russia's ambassador on Monday after a fishing boat was seized.",
			[]string{"NOR>RUS 114"}, nil},
		{"the issue raised with a named government",
			"HANOI, June 3 (Sitrep) — Vietnam said on Monday it had raised the issue with China after its fishermen were detained near the islands.",
			[]string{"VNM>CHN 114"}, nil},
		{"tariffs raised are no complaint",
			"WASHINGTON, June 3 (Sitrep) — The United States raised tariffs on Mexican steel on Monday.",
			nil, []string{"USA>MEX 114"}},
	}
	runStories(t, p, cases)
}
