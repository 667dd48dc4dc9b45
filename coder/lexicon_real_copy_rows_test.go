package coder_test

import "testing"

// TestLex22Rows checks the seventeenth session's rows for words of real copy
// with no entry (lex22): verbs of disparagement (111), adjectives of stance
// with their preposition (111), "reacted skeptically", "fired back at",
// "took issue with", "spoke out against", "scoffed at", "heaped praise on"
// (051), "clamped down on" (175), a departure for a country as a visit
// (042 and the host's 043), and the support, opposition and thanks of wire
// diplomacy ("reiterated its support", "highly appraised", "expressed
// appreciation"). Made-up stories; each wanted event fails without the rows.
func TestLex22Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{name: "blasted", text: "WARSAW — Poland's prime minister on Monday blasted Hungary's government over its energy deals.", want: []string{"POL>HUN 111"}},
		{name: "bashed", text: "ROME — Italy's interior minister on Monday bashed France's president over the migrant ships.", want: []string{"ITA>FRA 111"}},
		{name: "derided", text: "MANILA — The Philippine president on Monday derided China's coast guard as a band of bullies.", want: []string{"PHL>CHN 111"}},
		{name: "insulted", text: "ANKARA — Turkey's president on Monday insulted the Dutch prime minister at a rally.", want: []string{"TUR>NLD 111"}},
		{name: "smeared", text: "BEIJING — China said on Monday that Japan's defence ministry had smeared the Chinese navy.", want: []string{"JPN>CHN 111"}},
		{name: "disparaged", text: "MEXICO CITY — Mexico's foreign minister on Monday said the U.S. president had disparaged Mexico's migrants.", want: []string{"USA>MEX 111"}},
		{name: "taunted", text: "SEOUL — North Korea's leader on Monday taunted South Korea's president over the failed launch.", want: []string{"PRK>KOR 111"}},
		{name: "belittled", text: "LONDON — Britain's foreign secretary on Monday belittled Russia's foreign minister over the poisoning.", want: []string{"GBR>RUS 111"}},
		{name: "trashed", text: "OTTAWA — Canada's trade minister on Monday trashed the U.S. president's tariff plan.", want: []string{"CAN>USA 111"}},
		{name: "demonised", text: "ATHENS — Turkey's president demonised Greece in a speech on Monday.", want: []string{"TUR>GRC 111"}},
		{name: "angry over", text: "TOKYO — Japan was angry over China's survey ship on Monday, its foreign minister said.", want: []string{"JPN>CHN 111"}},
		{name: "furious at", text: "KYIV — Ukraine's president was furious at Hungary on Monday over the gas deal.", want: []string{"UKR>HUN 111"}},
		{name: "heaped scorn on", text: "TEHRAN — Iran's foreign minister on Monday heaped scorn on Israel over the embassy attack.", want: []string{"IRN>ISR 111"}},
		{name: "denigrated", text: "BAKU — Azerbaijan's president on Monday denigrated Armenia's prime minister in a televised speech.", want: []string{"AZE>ARM 111"}},
		{name: "demonized", text: "CARACAS — Venezuela's president demonized Colombia's government in a speech on Monday.", want: []string{"VEN>COL 111"}},
		{name: "maligned", text: "BELGRADE — Serbia's president on Monday maligned Kosovo's prime minister at a rally.", want: []string{"SRB>XKX 111"}},
		{name: "angry with", text: "RIYADH — Saudi Arabia's foreign minister was angry with Canada on Monday over the tweets.", want: []string{"SAU>CAN 111"}},
		{name: "furious over", text: "WELLINGTON — New Zealand's prime minister was furious over Australia's deportations on Monday.", want: []string{"NZL>AUS 111"}},
		{name: "reacted angrily", text: "LIMA — Chile recalled its envoy on Monday. Peru's foreign minister reacted angrily to Chile's move.", want: []string{"PER>CHL 111"}},
		{name: "ripped into", text: "MADRID — Spain's prime minister on Monday ripped into Morocco's government over the border fence.", want: []string{"ESP>MAR 111"}},
		{name: "critical of", text: "BERLIN — Germany's chancellor was sharply critical of Russia's government on Monday.", want: []string{"DEU>RUS 111"}},
		{name: "supportive of", text: "PARIS — France's president was supportive of Germany's chancellor on Monday over the budget rules.", want: []string{"FRA>DEU 051"}},
		{name: "grateful to", text: "KABUL — Afghanistan's president said on Monday he was grateful to Pakistan for the wheat shipments.", want: []string{"AFG>PAK 051"}},
		{name: "hostile to", text: "PRAGUE — Russia's foreign minister was openly hostile to the Czech Republic on Monday.", want: []string{"RUS>CZE 111"}},
		{name: "angry at", text: "SEOUL — South Korea's foreign minister said on Monday that Seoul was angry at Japan over the textbooks.", want: []string{"KOR>JPN 111"}},
		{name: "furious with", text: "CANBERRA — Australia's prime minister was furious with China on Monday after the trade curbs.", want: []string{"AUS>CHN 111"}},
		{name: "reacted skeptically", text: "BRUSSELS — The European Union agreed a migrant deal with Turkey on Monday. Greece reacted skeptically to the deal.", want: []string{"GRC>TUR 111"}},
		{name: "fired back at", text: "TAIPEI — Taiwan's president on Monday fired back at China over the remarks.", want: []string{"TWN>CHN 111"}},
		{name: "took issue with", text: "DUBLIN — Ireland's prime minister on Monday took issue with Britain's government over the border plan.", want: []string{"IRL>GBR 111"}},
		{name: "spoke out against", text: "OSLO — Norway's foreign minister on Monday spoke out against Russia over the Arctic arrests.", want: []string{"NOR>RUS 111"}},
		{name: "scoffed at", text: "HAVANA — Cuba's foreign minister on Monday scoffed at the United States over the embargo report.", want: []string{"CUB>USA 111"}},
		{name: "heaped praise on", text: "NEW DELHI — India's prime minister on Monday heaped praise on Japan for its investment in the rail line.", want: []string{"IND>JPN 051"}},
		{name: "clamped down on", text: "CAIRO — Egypt's government clamped down on Muslim Brotherhood supporters on Monday.", want: []string{"EGY>EGY 175"}},
		{name: "departs for a country", text: "WASHINGTON — The U.S. president departs Britain for Germany on Monday for talks on trade.", want: []string{"USA>DEU 042", "DEU>USA 043"}},
		{name: "departed for", text: "NAIROBI — Kenya's president departed for Ethiopia on Monday.", want: []string{"KEN>ETH 042", "ETH>KEN 043"}},
		{name: "reiterated its support", text: "BEIJING — China on Monday reiterated its support for Pakistan in the dispute.", want: []string{"CHN>PAK 051"}},
		{name: "reiterated its opposition", text: "MOSCOW — Russia on Monday reiterated its opposition to NATO's expansion.", want: []string{"RUS>IGOWSTNAT 120"}},
		{name: "highly appraised", text: "BEIJING — China's president highly appraised Vietnam on Monday for its help in the floods.", want: []string{"CHN>VNM 051"}},
		{name: "expressed appreciation", text: "HANOI — Vietnam's prime minister on Monday expressed appreciation for Japan's help in the floods.", want: []string{"VNM>JPN 051"}},
		{name: "voiced gratitude", text: "DHAKA — Bangladesh's foreign minister on Monday voiced his gratitude to India for the flood relief.", want: []string{"BGD>IND 051"}},
	})
}
