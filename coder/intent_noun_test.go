package coder_test

import "testing"

// TestIntentNounActor: an act told by an infinitive hung on a noun of intent
// ("had no plans to meet", "accepted an invitation to visit") is done by
// whoever has or accepts the plan, the verb's subject; no plans makes it
// negated, an accepted invitation planned. The host who withdraws an
// invitation is no visitor.
func TestIntentNounActor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"no plans to meet",
			"Kenya's president had no plans to meet Somalia's leaders at the summit, his office said on Monday.",
			[]string{"KEN>SOM 040 negated"}, nil},
		{"accepted invitation",
			"Mongolia's president accepted an invitation to visit Russia next year.",
			[]string{"MNG>RUS 042 planned"}, nil},
		{"withdrawn invitation",
			"Britain withdrew an invitation to visit London that it had extended to Russia's foreign minister.",
			nil, []string{"GBR>GBR 042 planned", "GBR>RUS 042 planned"}},
	}
	runWithStatus(t, p, cases)
}
