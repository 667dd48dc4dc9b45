package coder_test

import "testing"

// TestThreatTrailingSpeaker: a promise to answer an act, told with the
// speech verb after it ("..., she said") or as "will not go unanswered",
// is the speaker's threat (130/138), made now (eighth session,
// docs/events.md). Made-up stories through the whole pipeline.
func TestThreatTrailingSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an act that will not go unanswered, the speaker after the quote",
			"OSLO, April 13 (Sitrep) — Norway expelled 15 Russian diplomats on Thursday. \"Such hostile steps will not go unanswered,\" the Russian embassy said in a statement.",
			[]string{"RUS>NOR 130"}, nil},
		{"unpunished, under the speech verb",
			"WARSAW, Oct 14 (Sitrep) — Poland closed the Russian consulate in Krakow on Monday. The Polish foreign minister said the attack would not go unpunished.",
			[]string{"POL>RUS 130"}, nil},
		{"an act that went unanswered is no threat",
			"WARSAW, Oct 14 (Sitrep) — Poland closed the Russian consulate in Krakow on Monday. Polish officials said earlier attacks had gone unanswered.",
			nil, []string{"POL>RUS 130"}},
		{"a country's reply promised with the speaker after the clause",
			"WARSAW, Oct 14 (Sitrep) — Poland closed the Russian consulate in Krakow on Monday. Russia's foreign ministry spokeswoman called the closure a hostile step. Moscow would respond, she said.",
			[]string{"RUS>POL 138"}, nil},
		{"a reply told by a commentator after the clause is no threat",
			"WARSAW, Oct 14 (Sitrep) — Poland closed the Russian consulate in Krakow on Monday. Moscow would respond, analysts said.",
			nil, []string{"RUS>POL 138"}},
	}
	runStories(t, p, cases)
}
