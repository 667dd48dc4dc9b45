package coder_test

import "testing"

// TestAllSides checks appeals to "all sides" or "all parties": the
// parties of one country's conflict, not the foreign state or body the
// story pairs that country with.
func TestAllSides(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"all sides of a war at home, in a story of that country and a foreign ally",
			"MAPUTO, May 27 (Sitrep) — Rwanda sent 500 more troops to Mozambique on Monday to help the government fight insurgents in the north. Rwanda said its soldiers had killed 30 insurgents near the border. Mozambique's army retook two towns from the insurgents, officials said. The African Union urged all sides to protect civilians.",
			[]string{"IGOAFRAU>MOZ 020"}, []string{"IGOAFRAU>RWA 020"}},
		{"all parties of a disputed vote, in a story of the country and a body of countries",
			"LIBREVILLE, May 27 (Sitrep) — The African Union suspended Gabon on Monday after soldiers seized power, and the bloc demanded a return to civilian rule. The African Union said the suspension would stay until elections were held. Gabon's soldiers detained the president at his residence. China urged all parties to guarantee the president's safety.",
			[]string{"CHN>GAB 020"}, []string{"CHN>IGOAFRAU 020"}},
		{"both sides of a dispute between two states stay both",
			"MANILA, May 27 (Sitrep) — Chinese coast guard ships fired water cannon at a Philippine supply boat on Monday, and the Philippines protested. China said the boat had entered its waters. Japan urged both sides to settle the dispute peacefully.",
			[]string{"JPN>CHN 020", "JPN>PHL 020"}, nil},
	}
	runStories(t, p, cases)
}
