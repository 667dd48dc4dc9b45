package coder_test

import "testing"

// TestRefusalsAndActsAtHome: negated promises coded as refusals, and
// intents, welcomes, agreements and lawsuits of a country's own sides
// coded to the country itself (the tenth pass, dev6 misses, in
// docs/events.md). Made-up stories through the whole pipeline.
func TestRefusalsAndActsAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a negated promise to withdraw diplomats is a refusal to yield, made now, not a recall",
			"CARACAS, Jan 23 (Sitrep) — Venezuela broke off relations with Colombia on Wednesday and ordered its diplomats to leave. Colombia said it would not withdraw its diplomats from Venezuela.",
			[]string{"COL>VEN 124"}, []string{"COL>VEN 161"}},
		{"a negated promise to extradite is a refusal of judicial cooperation",
			"MOSCOW, Nov 18 (Sitrep) — A Dutch court convicted three Russian men on Thursday. Russia said it will not extradite its citizens to the Netherlands.",
			[]string{"RUS>NLD 1213"}, []string{"RUS>NLD 063"}},
		{"an intent to talk at home, the government to its opposition, is coded (the two sides differ)",
			"TBILISI, Oct 6 (Sitrep) — Thousands of protesters occupied parliament in Georgia on Monday. Prime Minister Levan Gelashvili said on Tuesday that he was ready to talk to opposition leaders.",
			[]string{"GEO>GEO 036"}, nil},
		{"a welcome of an act done at home (a release by the country's own army) is coded to the country itself",
			"LIMA, April 2 (Sitrep) — Peruvian soldiers freed 12 kidnapped villagers held by the Shining Path on Sunday. Peru's interior minister welcomed the release on Monday.",
			[]string{"PER>PER 051"}, nil},
		{"an agreement signed at home, the government with rebels, is coded to the country itself",
			"MANILA, March 27 (Sitrep) — The Philippine government signed a peace agreement with the Moro rebels on Thursday.",
			[]string{"PHL>PHL 057"}, nil},
		{"a challenge in court at home is a legal action against the country's government",
			"CONAKRY, May 14 (Sitrep) — Guinea's junta dissolved all political parties on Tuesday. A coalition of opposition parties said it would challenge the decree in court.",
			[]string{"GIN>GIN 115"}, nil},
	}
	runStories(t, p, cases)
}
