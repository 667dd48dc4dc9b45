package coder_test

import "testing"

// TestHomeGroupsGuessHome: a country's opposition, parties, students or
// crowds, and its police using force or deployed, whose act names no
// target and whose sentence names no other actor, act at home (X>X), not
// against the story's other country (the ninth session's second wave on
// guessed targets in docs/events.md). Made-up stories through the whole
// pipeline.
func TestHomeGroupsGuessHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an opposition leader's demand in a story of two countries is at home",
			"COLOMBO, June 3 (Sitrep) — Sri Lanka and India signed a fisheries agreement on Monday.\n\nOpposition leader Ravi Perera criticised the agreement and demanded that parliament debate it.",
			[]string{"LKA>LKA 100"}, []string{"LKA>IND 100"}},
		{"a party's denunciation with no target named is at home",
			"DHAKA, June 3 (Sitrep) — India asked Bangladesh on Monday to hand over a former minister.\n\nThe Bangladesh Nationalist Party denounced the decision as illegal.",
			[]string{"BGD>BGD 111"}, []string{"BGD>IND 111"}},
		{"police bombing villages in their own country are not aimed at the story's other side",
			"WELLINGTON, June 3 (Sitrep) — New Zealand urged Indonesia on Monday to let journalists into its eastern provinces.\n\nIndonesian police bombed several villages last week.",
			[]string{"IDN>IDN 195"}, []string{"IDN>NZL 195"}},
		{"police deployed with no target named are deployed at home",
			"SUVA, June 3 (Sitrep) — Fiji and Australia signed a security agreement on Monday.\n\nFijian police were deployed in the streets of the capital after the vote, a spokesman said.",
			[]string{"FJI>FJI 154"}, []string{"FJI>AUS 154"}},
		{"a coast guard's patrol stays aimed at the story's other country",
			"TOKYO, June 3 (Sitrep) — Japan protested to China on Monday over ships near the disputed islands.\n\nChinese coast guard ships patrolled near the islands on Sunday.",
			[]string{"CHN>JPN 150"}, []string{"CHN>CHN 150"}},
	}
	runStories(t, p, cases)
}
