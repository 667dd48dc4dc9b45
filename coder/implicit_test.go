package coder_test

import "testing"

// TestUnnamedActors: events whose actor the sentence does not name
// (docs/events.md, "Sixth session: actors the sentence does not name").
// Made-up stories through the whole pipeline.
func TestUnnamedActors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an envoy summoned in an agentless passive is summoned by the story's other side",
			"Finland expelled nine Russian diplomats on Friday, accusing them of spying. The Russian ambassador was summoned to the foreign ministry in Helsinki the same day.",
			[]string{"FIN>RUS 114"}, nil},
		{"an arrest of people the sentence marks as foreign, told without its doer, is the other side's",
			"Uzbekistan and Tajikistan traded accusations after a shooting at the border. Uzbek officials denied that any Tajik farmers had been detained.",
			[]string{"UZB>TJK 173"}, nil},
		{"a person the actor coder does not know acts for the country of a story about its own affairs",
			"LUSAKA, March 3 (Sitrep) — Zambia's government banned opposition rallies in the capital on Monday, a week before a disputed vote on constitutional changes. Zambian police said the ban would stay in place until the vote.\n\nChanda Mwelwa, who leads the United Progress Movement, accused the government of silencing its critics.",
			[]string{"ZMB>ZMB 112"}, nil},
		{"nor do rights groups speak for it",
			"LUSAKA, March 3 (Sitrep) — Zambia's government banned opposition rallies in the capital on Monday, a week before a disputed vote on constitutional changes. Zambian police said the ban would stay in place until the vote.\n\nHuman rights groups accused the government of silencing its critics.",
			nil, []string{"ZMB>ZMB 112"}},
		{"nor a story filed from another country than the one it names most",
			"GABORONE, March 3 (Sitrep) — Zambia's government banned opposition rallies in the capital on Monday, a week before a disputed vote on constitutional changes. Zambian police said the ban would stay in place until the vote.\n\nChanda Mwelwa, who leads the United Progress Movement, accused the government of silencing its critics.",
			nil, []string{"ZMB>ZMB 112"}},
		{"a sentence's opening name, hung by the parse inside the relative clause after it, is the subject of the verb that follows the clause",
			"LUSAKA, March 3 (Sitrep) — Zambia's government banned opposition rallies in the capital on Monday, a week before a disputed vote on constitutional changes. Zambian police said the ban would stay in place until the vote.\n\nMwelwa, who has led the Progress Party for 12 years, said his party would challenge the ban in court and accused Hichilema of trying to rig the vote.",
			[]string{"ZMB>ZMB 112"}, nil},
	}
	runStories(t, p, cases)
}
