package coder_test

import "testing"

// TestNounClasses: entries that name a noun class ("$envoy", "$crossing",
// "$agreement", "$force", "$sanction") code each member of the class, not
// only the nouns the entry was first written with. Made-up stories through
// the whole pipeline.
func TestNounClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a recalled consul is a recalled envoy",
			"ACCRA, March 3 (Sitrep) — Ghana recalled its consul from Togo on Monday after a border incident.",
			[]string{"GHA>TGO 161"}, nil},
		{"an emissary pulled out is a recalled envoy",
			"LIMA, June 9 (Sitrep) — Peru pulled its emissary out of Bolivia on Friday.",
			[]string{"PER>BOL 161"}, nil},
		{"closed airspace is a closed crossing",
			"N'DJAMENA, Feb 12 (Sitrep) — Chad closed its airspace to Sudan on Tuesday.",
			[]string{"TCD>SDN 191"}, nil},
		{"a pact ratified is an agreement ratified",
			"ASTANA, Oct 2 (Sitrep) — Kazakhstan's parliament on Wednesday ratified a pact with Uzbekistan on water sharing.",
			[]string{"KAZ>UZB 057"}, nil},
		{"an embargo eased is a sanction eased",
			"HAVANA, Jan 15 (Sitrep) — Mexico eased its embargo on Cuba on Thursday.",
			[]string{"MEX>CUB 085"}, nil},
	}
	runStories(t, p, cases)
}
