package coder_test

import "testing"

// TestCodebookCoverage: common wire phrasings of CAMEO acts added from the
// codebook rather than from the dev sets (the sixth session's codebook pass
// in docs/events.md), root by root. Made-up stories through the whole
// pipeline.
func TestCodebookCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		// 01 statements
		{"refuting allegations is a denial toward the accuser",
			"Pakistan refuted the allegations made by India on Monday.",
			[]string{"PAK>IND 016"}, nil},
		{"rebutting accusations is a denial",
			"Ghana rebutted the accusations by Togo.",
			[]string{"GHA>TGO 016"}, nil},
		{"condolences sent or extended are sympathy",
			"Germany extended its condolences to Morocco after the earthquake.",
			[]string{"DEU>MAR 018"}, nil},
		// 02 appeals
		{"a petition is an appeal",
			"Kenya petitioned the United Nations over the dispute.",
			[]string{"KEN>IGOUNO 020"}, nil},
		{"encouraging a party to act is an appeal",
			"The Egyptian president encouraged Ethiopia to return to the negotiations.",
			[]string{"EGY>ETH 020"}, nil},
		{"a request for aid is made of the party after from",
			"Mali requested assistance from Algeria.",
			[]string{"MLI>DZA 023"}, nil},
		// 03 intent
		{"signalling willingness is intent to cooperate",
			"Venezuela signalled its willingness to cooperate with Colombia.",
			[]string{"VEN>COL 030"}, nil},
		// 04 consult
		{"sitting down with a counterpart is a meeting, each way",
			"The British foreign secretary sat down with his Iranian counterpart.",
			[]string{"GBR>IRN 040", "IRN>GBR 040"}, nil},
		// 05 diplomatic cooperation
		{"a deal struck is an agreement, not a strike",
			"Japan struck a deal with Australia on gas.",
			[]string{"JPN>AUS 057", "AUS>JPN 057"}, []string{"JPN>AUS 190"}},
		{"an agreement inked",
			"India inked an agreement with Bangladesh.",
			[]string{"IND>BGD 057", "BGD>IND 057"}, nil},
		{"a deal hammered out between two parties",
			"Negotiators from Sudan and South Sudan hammered out a deal.",
			[]string{"SDN>SSD 057", "SSD>SDN 057"}, nil},
		{"relations established are cooperation each way",
			"Saudi Arabia established diplomatic relations with Israel.",
			[]string{"SAU>ISR 050", "ISR>SAU 050"}, nil},
		{"ties mended",
			"Turkey mended ties with Egypt.",
			[]string{"TUR>EGY 050", "EGY>TUR 050"}, nil},
		{"support thrown behind a party is endorsement",
			"Germany threw its support behind Ukraine.",
			[]string{"DEU>UKR 051"}, nil},
		{"an apology offered",
			"Japan offered an apology to South Korea.",
			[]string{"JPN>KOR 055"}, nil},
		// 07 aid
		{"weapons shipped are military aid",
			"Germany shipped weapons to Ukraine.",
			[]string{"DEU>UKR 072"}, nil},
		{"supplies rushed are humanitarian aid",
			"Jordan rushed medical supplies to Syria.",
			[]string{"JOR>SYR 073"}, nil},
		{"a loan extended is economic aid",
			"China extended a loan to Sri Lanka.",
			[]string{"CHN>LKA 071"}, nil},
		{"a bailout is economic aid",
			"The European Union bailed out Greece.",
			[]string{"IGOEUREEC>GRC 071"}, nil},
		{"asylum offered",
			"Russia offered asylum to the American whistleblower.",
			[]string{"RUS>USA 075"}, nil},
		// 08 yield
		{"bowing to pressure is yielding to the one who pressed",
			"The Israeli government bowed to American pressure.",
			[]string{"ISR>USA 080"}, nil},
		{"a siege lifted eases a blockade",
			"Sudanese forces lifted the siege of the Chadian town.",
			[]string{"SDN>TCD 0872"}, nil},
		{"hostilities ceased by two parties are a truce each way",
			"Azerbaijan and Armenia ceased hostilities on Monday.",
			[]string{"AZE>ARM 0871", "ARM>AZE 0871"}, nil},
		{"attacks suspended are de-escalation toward their target",
			"Russia suspended its attacks on Ukrainian ports.",
			[]string{"RUS>UKR 087"}, nil},
		// 09 investigate
		{"an investigation launched into another's act",
			"The United Nations launched an investigation into the Israeli strike.",
			[]string{"IGOUNO>ISR 090"}, nil},
		// 10 demand
		{"demands made of a party",
			"Serbia made demands of Kosovo on Monday.",
			[]string{"SRB>XKX 100"}, nil},
		// 11 disapprove
		{"berating is criticism",
			"The Chinese foreign ministry berated Japan.",
			[]string{"CHN>JPN 111"}, nil},
		{"lashing out at a party is criticism",
			"The Iranian leader lashed out at the United States.",
			[]string{"IRN>USA 111"}, nil},
		{"taking aim at a party is criticism",
			"The Indian foreign minister took aim at Pakistan.",
			[]string{"IND>PAK 111"}, nil},
		{"solemn representations are a formal protest",
			"Beijing made solemn representations to Washington.",
			[]string{"CHN>USA 114"}, nil},
		{"a protest registered with a party",
			"Japan registered a protest with China over the ship.",
			[]string{"JPN>CHN 114"}, nil},
		{"a lawsuit filed against a party",
			"Guyana filed a lawsuit against Venezuela at the court.",
			[]string{"GUY>VEN 115"}, nil},
		// 12 reject
		{"a snub is a rejection",
			"Ethiopia snubbed the Kenyan president.",
			[]string{"ETH>KEN 120"}, nil},
		{"a proposal dismissed is rejected, toward its author",
			"Moscow dismissed the Turkish proposal.",
			[]string{"RUS>TUR 120"}, nil},
		{"an offer declined",
			"Venezuela declined the Brazilian offer.",
			[]string{"VEN>BRA 120"}, nil},
		{"flouting sanctions is defiance",
			"Iran flouted United Nations sanctions.",
			[]string{"IRN>IGOUNO 128"}, nil},
		// 13 threaten
		{"retaliation promised is a threat of force",
			"Iran promised retaliation against Israel.",
			[]string{"IRN>ISR 138"}, nil},
		{"an ultimatum given",
			"The Saudi government gave Qatar an ultimatum.",
			[]string{"SAU>QAT 139"}, nil},
	}
	runStories(t, p, cases)
}
