package coder_test

import "testing"

// TestLexiconWords: general event vocabulary added in the seventh session's
// lexicon pass (docs/events.md, "Seventh session: words with no lexicon
// entry"): words of criticism shared by the naming verbs through the
// $judgement class, the naming verbs beside "call" and "describe",
// information shared with another government, cyberattacks and
// jamming, and measures announced or weighed against a party. Made-up stories
// through the whole pipeline; each case fails with its rows taken out of
// lexicon.tsv.
func TestLexiconWords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		// 111 through $judgement: words the old lists of call and
		// describe did not have.
		{"a decision called hasty is criticism of its maker",
			"Morocco called the Algerian decision \"hasty\".",
			[]string{"MAR>DZA 111"}, nil},
		{"a measure called disproportionate",
			"Peru called the Bolivian measure \"disproportionate\".",
			[]string{"PER>BOL 111"}, nil},
		{"a ruling called meritless",
			"The Chilean president called the Peruvian ruling \"meritless\".",
			[]string{"CHL>PER 111"}, nil},
		// Naming verbs beside call and describe.
		{"a move termed unacceptable",
			"Tokyo termed the Chinese move unacceptable.",
			[]string{"JPN>CHN 111"}, nil},
		{"an arrest labeled a kidnapping",
			"Argentina labeled the Venezuelan arrest \"a kidnapping\".",
			[]string{"ARG>VEN 111"}, nil},
		{"balloons regarded as an attack",
			"Lithuania regards the balloons from Belarus as a hybrid attack.",
			[]string{"LTU>BLR 111"}, nil},
		// 064 information shared.
		{"informing another government shares information",
			"Ghana informed Nigeria of the troop movements.",
			[]string{"GHA>NGA 064"}, nil},
		{"briefing another government shares information",
			"Japan briefed South Korea on the talks.",
			[]string{"JPN>KOR 064"}, nil},
		// 170 coercion short of force.
		{"a cyberattack on a country",
			"Russia launched a cyberattack on Estonia on Friday, the government said.",
			[]string{"RUS>EST 170"}, nil},
		{"signals jammed over a country",
			"Russia jammed GPS signals over Finland on Sunday.",
			[]string{"RUS>FIN 170"}, nil},
		// 163 measures announced, or weighed, against a party.
		{"sanctions announced on a country",
			"The United States announced new sanctions on Iran on Monday.",
			[]string{"USA>IRN 163"}, nil},
		{"tariffs unveiled on a country",
			"Canada unveiled tariffs on China on Tuesday.",
			[]string{"CAN>CHN 163"}, nil},
		{"a levy announced on a country's goods",
			"The American president announced a 25% levy on all Mexican goods.",
			[]string{"USA>MEX 163"}, nil},
		{"sanctions considered on a country",
			"The European Union is considering sanctions on Belarus, a spokesman said.",
			[]string{"IGOEUREEC>BLR 163"}, nil},
		{"tariffs weighed on a country",
			"Washington is weighing new tariffs on Vietnam.",
			[]string{"USA>VNM 163"}, nil},
	}
	runStories(t, p, cases)
}
