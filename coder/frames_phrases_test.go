package coder_test

import "testing"

// TestInternetCut: the internet cut, suspended or restricted at home is a
// restriction of the media (1721), like blocking websites (docs/events.md,
// "Seventh session: common frames that do not fit"). Made-up stories
// through the whole pipeline; each fails with the rows taken out of
// lexicon.tsv.
func TestInternetCut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"mobile internet cut",
			"KHARTOUM, June 3 (Sitrep) — Sudan's government cut mobile internet across the country on Monday.",
			[]string{"SDN>SDN 1721"}, nil},
		{"mobile internet suspended",
			"DAKAR, June 3 (Sitrep) — The Senegalese government suspended mobile internet in Dakar on Monday.",
			[]string{"SEN>SEN 1721"}, nil},
	}
	runStories(t, p, cases)
}

// TestPhrasesByWords: an entry's prepositional condition with named nouns
// ("in court", "by telephone") is met by the phrase after the trigger in
// its own clause whatever the parse hung it on: the object ("the arrest
// of its leader in the Supreme Court"), or a name beside the object. Not
// inside the trigger's complement ("a setback for democracy" is no call
// for democracy). Each want fails with casedAfter taken out of match.
func TestPhrasesByWords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a call by telephone with the phrase hung away from the verb",
			"RABAT, June 3 (Sitrep) — Morocco's foreign minister told Spain's top diplomat, Jose Albares, by telephone on Monday that the border would reopen.",
			[]string{"MAR>ESP 041", "ESP>MAR 041"}, nil},
		{"a court challenge with the court hung on the object",
			"LUSAKA, June 3 (Sitrep) — Zambia's main opposition party said on Monday it would challenge the arrest of its leader in the Supreme Court.",
			[]string{"ZMB>ZMB 115"}, nil},
		{"a phrase inside the complement is the complement's",
			"BERLIN, June 3 (Sitrep) — Germany called the Turkish verdict a severe setback for democracy.",
			[]string{"DEU>TUR 111"}, []string{"DEU>TUR 024"}},
	}
	runStories(t, p, cases)
}
