package coder_test

import "testing"

// TestGuessedTargets holds the classes of spurious events of the seventh
// session's precision pass (docs/events.md, "Seventh session: spurious
// events"): targets and parties guessed from the sentence or the story
// where the gold guide codes none. Made-up stories through the whole
// pipeline.
func TestGuessedTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an international body named outside the act is no guess for the target of a deed",
			"NIAMEY, May 27 (Sitrep) — Niger's military rulers rejected an ultimatum from ECOWAS on Monday and said they would not step down. The bloc has threatened to use force against the junta. Niger's junta closed the country's airspace on Sunday, citing the threat of an intervention by ECOWAS.",
			nil, []string{"NER>IGOWAFWAS 191"}},
		{"nor for the target of a denial",
			"TUNIS, May 27 (Sitrep) — The European Union suspended aid to Tunisia on Monday after reports that Tunisian police had left migrants in the desert. The EU said it was alarmed by the reports. Tunisia denied expelling anyone.",
			[]string{"TUN>- 016"}, []string{"TUN>IGOEUREEC 016", "TUN>IGOEUREEC 174"}},
		{"talks with no party of their own are no talks of a country and a body of countries",
			"BOGOTA, May 27 (Sitrep) — The United Nations said on Monday that Colombia's ELN rebels had freed two hostages, and the U.N. mission welcomed the release. President Gustavo Petro said the group must stop kidnappings if it wanted the talks to continue.",
			nil, []string{"COL>IGOUNO 046", "IGOUNO>COL 046"}},
		{"talks asked for are the request, not talks held",
			"VILNIUS, May 27 (Sitrep) — China recalled its ambassador from Lithuania on Monday and downgraded ties, and Lithuania protested. Lithuania has asked Beijing for talks on the dispute, a diplomat said.",
			nil, []string{"LTU>CHN 046", "CHN>LTU 046"}},
		{"a third party's warning is not aimed at both sides of the story",
			"ABUJA, May 27 (Sitrep) — ECOWAS threatened on Monday to use force against Niger's junta if it did not restore the ousted president, and Niger rejected the ultimatum. Mali and Burkina Faso have warned that any such intervention would be treated as a declaration of war.",
			nil, []string{"MLI>NER 130", "BFA>NER 130", "BFA>MLI 130"}},
	}
	runStories(t, p, cases)
}
