package coder_test

import "testing"

// TestTalksNounAtHome: talks told by a noun with no party of their own, in a
// story about one country's own affairs, are talks at home, the country on
// both ends; talks that are another act's object (offered, hosted) are not.
func TestTalksNounAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"talks as subject",
			"MANAGUA (Sitrep) - Nicaragua's government and striking farmers failed to agree on Monday. " +
				"Talks will resume in Managua on Thursday, the Nicaraguan labour minister said.",
			[]string{"NIC>NIC 046"}, nil},
		{"months of negotiations",
			"LILONGWE (Sitrep) - Malawi's government signed a wage deal with teachers on Tuesday. " +
				"The deal came after months of negotiations, Malawian officials said.",
			[]string{"MWI>MWI 046"}, nil},
		{"talks offered",
			"MANAGUA (Sitrep) - Nicaragua's government said it would cut fuel prices. " +
				"Farmers' leaders rejected the offer of talks on Monday, Nicaraguan officials said.",
			nil, []string{"NIC>NIC 046"}},
		{"a story of two countries",
			"LIMA (Sitrep) - Peru and Chile traded accusations over a fishing boat. " +
				"Talks will resume on Thursday, the Peruvian foreign minister said. Chile said it wanted calm.",
			nil, []string{"PER>PER 046", "CHL>CHL 046"}},
	}
	runStories(t, p, cases)
}
