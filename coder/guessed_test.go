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

// TestThirdPartyOneSide checks a third party's words with no target in
// their frame: aimed at the side of the story the sentence names, not at
// both sides.
func TestThirdPartyOneSide(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"praise aimed at the side the sentence names",
			"ASMARA, May 27 (Sitrep) — Eritrea freed 40 Ethiopian fishermen on Monday, and Ethiopia thanked its neighbour. Ethiopia said the men had been held for two years. Eritrea's information minister said the men were in good health. Kenya praised the move, and said Eritrea deserved credit.",
			[]string{"KEN>ERI 051"}, []string{"KEN>ETH 051"}},
		{"a third party's meeting still reaches both sides",
			"ANKARA, May 27 (Sitrep) — Russian and Ukrainian delegations held talks in Istanbul on Monday, and Russia said the talks had gone well. Ukraine said it wanted a ceasefire. Turkey's foreign minister met the delegations before the talks, Ukraine said.",
			[]string{"TUR>RUS 040", "TUR>UKR 040"}, nil},
	}
	runStories(t, p, cases)
}

// TestThirdPartyObjectElsewhere checks that a side the sentence names
// as the object of another verb is not taken for the target of a third
// party's words aimed at no one named.
func TestThirdPartyObjectElsewhere(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"standing by an ally while urging its rival",
			"MANILA, May 27 (Sitrep) — Chinese coast guard ships fired water cannon at a Philippine supply boat on Monday, and the Philippines protested. China said the boat had entered its waters. The United States said it stood by its ally and urged China to respect international law.",
			[]string{"USA>PHL 051"}, nil},
	}
	runStories(t, p, cases)
}
