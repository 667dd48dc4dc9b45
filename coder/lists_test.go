package coder_test

import "testing"

// TestActorLists: acts of coordinated and counted actors, a list hung
// where the parse put it (the eleventh pass, groups and parties, in
// docs/events.md). Made-up stories through the whole pipeline.
func TestActorLists(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a verb read as a conjunct of a relative clause acts for every country of the list the clause modifies",
			"ACCRA, March 3 (Sitrep) — Nigeria's army shot down a Ghanaian drone near the border on Saturday. Ghana, Togo and Benin, which formed a customs union after leaving the old regional bloc, recalled their ambassadors from Abuja on Sunday.",
			[]string{"GHA>NGA 161", "TGO>NGA 161", "BEN>NGA 161"}, nil},
		{"the first name of a list subject the parser hung on the phrase before it still acts",
			"NAIROBI, May 4 (Sitrep) — Talks on a customs union broke down last week. In a joint statement on Sunday, Kampala, Dodoma and Kigali accused Kenya of failing to honour a trade agreement.",
			[]string{"UGA>KEN 112", "TZA>KEN 112", "RWA>KEN 112"}, nil},
		{"committed to settling, with the party a counted group in the complement's with-phrase, is an intent toward each member",
			"ABUJA, May 3 (Sitrep) — Ghana, Togo and Benin said on Saturday they would leave the Economic Community of West African States. ECOWAS said on Sunday it remained committed to finding a peaceful solution to the dispute with the three countries.",
			[]string{"IGOWAFWAS>GHA 037", "IGOWAFWAS>TGO 037", "IGOWAFWAS>BEN 037"}, nil},
		{"committed to building a partnership: the party is the with-phrase of the complement's object",
			"NAIROBI, June 9 (Sitrep) — Ethiopia raised tariffs on Kenyan tea on Monday. Kenya said it remained committed to building a strong partnership with Ethiopia.",
			[]string{"KEN>ETH 030"}, nil},
		{"an offer made on another's request is toward the one who would ask, not the story's other actors",
			"BISHKEK, Dec 1 (Sitrep) — Gunmen from Tajikistan attacked a Kyrgyz border post on Sunday, killing two Chinese engineers. China demanded that Bishkek protect its citizens. Kazakhstan said it was ready to help secure the border if Bishkek asked.",
			[]string{"KAZ>KGZ 030"}, []string{"KAZ>CHN 030", "KAZ>TJK 030"}},
	}
	runStories(t, p, cases)
}
