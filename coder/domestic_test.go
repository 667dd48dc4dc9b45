package coder_test

import "testing"

// TestDomesticPairs: acts with the same country on both ends, and acts with
// no target (docs/events.md, "Seventh session: domestic events and events
// with no target"). Made-up stories through the whole pipeline; each case
// fails with its mechanism off.
func TestDomesticPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	const lead = "LUSAKA, March 3 (Sitrep) — Zambia's government banned opposition rallies in the capital on Monday, a week before a disputed vote on constitutional changes. Zambian police said the ban would stay in place until the vote.\n\n"
	cases := []story{
		{"an agentless arrest at home is by the country's authorities, not by the arrested, whom the story names for the country",
			lead + "Former Zambian finance minister Chanda Mwelwa was arrested on Tuesday.",
			[]string{"ZMB>ZMB 173"}, nil},
		{"two people of one country named apart are two sides at home, whatever the act, though the actor coder gives both one code",
			lead + "Former President Edgar Lungu demanded that Hichilema step down.",
			[]string{"ZMB>ZMB 100"}, nil},
		{"forces the actor coder placed nowhere, attacking an armed group it placed, are that country's own, fighting at home",
			"NAIROBI, May 2 (Sitrep) — Sudan accused Chad on Thursday of letting weapons for the Rapid Support Forces cross its border, and Chad rejected the charge. Chad's government said it remained neutral in the war.\n\nAn army drone struck an RSF convoy west of the city on Wednesday, the army said.",
			[]string{"SDN>SDN 195"}, []string{"TCD>SDN 195"}},
		{"in a story about one country's own affairs, aircraft of an uncoded air force that attack militant positions act for that country",
			"MANILA, May 24 (Sitrep) — The Philippine army said on Wednesday it had retaken most of a southern town from Islamist militants after two days of fighting. President Ferdinand Marcos said troops would stay until the town was safe.\n\nAir force helicopters fired rockets at militant positions on Wednesday afternoon.",
			[]string{"PHL>PHL 195"}, nil},
		{"a protest told by its noun alone, in a story about one country's own affairs, is its people's against their own country",
			lead + "A student was injured during a protest outside parliament on Tuesday.",
			[]string{"ZMB>ZMB 141"}, nil},
		{"so are a day's protests",
			lead + "Hichilema dissolved the cabinet on Sunday after a day of protests against the changes.",
			[]string{"ZMB>ZMB 141"}, nil},
		{"but weeks of protests are the unrest behind the story",
			lead + "Hichilema spoke to reporters on Sunday after weeks of protests against the changes.",
			nil, []string{"ZMB>ZMB 141"}},
		{"a denial of reports no one is said to have made answers no one",
			"HARARE, Nov 16 (Sitrep) — Zimbabwe's army seized the state broadcaster on Wednesday and confined the president to his home, and South Africa sent envoys to Harare.\n\nNamibia denied reports that the president's wife had fled there.",
			[]string{"NAM>- 016"}, []string{"NAM>ZWE 016"}},
		{"a closure of the country's own borders to all is aimed at no one",
			"LIBREVILLE, Aug 30 (Sitrep) — Army officers in Gabon seized power on Wednesday, and the African Union condemned the takeover.\n\nGabon's new military rulers closed the country's borders on Wednesday.",
			[]string{"GAB>- 191"}, []string{"GAB>IGOAFRAU 191"}},
		{"organisers the actor coder placed nowhere who criticise 'the government' are of that government's country, in a story of two countries too",
			"LUSAKA, March 3 (Sitrep) — Zambia recalled its ambassador from Malawi on Monday after Malawian police detained two Zambian traders, and Malawi summoned the Zambian envoy in Lilongwe in return.\n\nUnion organisers criticised the government for mishandling the dispute.",
			[]string{"ZMB>ZMB 111"}, nil},
	}
	runStories(t, p, cases)
}
