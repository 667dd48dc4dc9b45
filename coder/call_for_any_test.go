package coder_test

import "testing"

// TestCallForAny: "called for" whatever it asks for is an appeal (root 02),
// the rows naming what is asked (elections, talks, a release) winning
// ties over the catch-all (docs/events.md, "Ninth session: entries that
// coded nothing"). Made-up stories through the whole pipeline; the first
// fails with the last row of lexicon.tsv taken out.
func TestCallForAny(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an appeal the lexicon names no object of",
			"ISLAMABAD, June 3 (Sitrep) — Pakistan's army detained the opposition leader on Monday. Britain called for the rule of law to be respected in Pakistan.",
			[]string{"GBR>PAK 020"}, nil},
		{"a named appeal keeps its own row",
			"ISLAMABAD, June 3 (Sitrep) — Pakistan's army detained the opposition leader on Monday. Britain called for his immediate release.",
			[]string{"GBR>PAK 0253"}, []string{"GBR>PAK 020"}},
	}
	runStories(t, p, cases)
}
