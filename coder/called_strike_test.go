package coder_test

import "testing"

// TestCalledStrike: a strike called is the caller's (143), as a strike
// called for is; not a strike called off, nor one a naming verb judges
// (eighth session, docs/events.md). Made-up stories through the whole
// pipeline.
func TestCalledStrike(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a general strike called by the country's unions",
			"LA PAZ, March 3 (Sitrep) — Bolivian trade unions called a general strike for Monday against the fuel price rise.",
			[]string{"BOL>BOL 143"}, nil},
		{"a strike called off is not called",
			"LA PAZ, March 3 (Sitrep) — Bolivian trade unions called off a general strike after the government cut fuel prices.",
			nil, []string{"BOL>BOL 143"}},
		{"a military strike a naming verb judges is no strike called",
			"DAMASCUS, April 7 (Sitrep) — American warships fired missiles at a Syrian air base. Syria's army said six soldiers were killed and called the strike \"blatant aggression\".",
			nil, []string{"SYR>SYR 143", "SYR>USA 143"}},
	}
	runStories(t, p, cases)
}
