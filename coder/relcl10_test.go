package coder_test

import (
	"testing"

	"sitrep"
)

// TestRelclMainVerb: a main verb the parse hung under a relative clause
// on the subject ("villagers who will lose pasture land rallied on
// Monday", "students who oppose the tax protested", "the president, who
// is seeking a second term, accused observers ... and said") is read as
// the sentence's own verb: coded, with its own status and date, and the
// noun as its subject (docs/events.md, "Tenth session: relcl10"). Made-up
// stories.
func TestRelclMainVerb(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a protest under the clause's object",
			"Kenyan farmers who oppose the new tax protested against the government in Nairobi on Monday.",
			[]string{"KEN>KEN 141 occurred 2024-05-27"}, nil},
		{"a rally under a clause with will",
			"Ugandan villagers who will lose pasture land rallied against the government on Monday.",
			[]string{"UGA>UGA 141 occurred 2024-05-27"}, []string{"UGA>UGA 141 planned 2024-06-03"}},
		{"an accusation under the clause, the parse's verb after and",
			"Zambia's president, who is seeking a second term, accused Western observers of meddling and said Zambia would not accept lectures.",
			[]string{"ZMB>ZMB 112 occurred 2024-05-28"}, nil},
		{"a clause with wants, the main verbs not planned",
			"The Serbian opposition, which wants early elections, accused the Serbian government of fraud and called for new protests.",
			[]string{"SRB>SRB 112 occurred 2024-05-28"}, []string{"SRB>SRB 112 planned 2024-05-28"}},
		{"an accusation across borders",
			"Kenyan lawmakers who back the bill accused the Ugandan government of meddling on Monday.",
			[]string{"KEN>UGA 112 occurred 2024-05-27"}, nil},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO[:3] + " " + e.Status + " " + e.Date
	})
}
