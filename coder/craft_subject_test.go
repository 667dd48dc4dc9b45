package coder_test

import "testing"

// A craft named with a kind the KB lacks ("patrol ships", "a military
// transport plane") is its country's, and a warship stopped at sea is
// passage blocked (191).
func TestCraftSubjects(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a warship blocked by patrol ships",
			"LIMA, June 3 (Sitrep) — Two Peruvian patrol ships blocked a Chilean warship near the maritime border on Monday, the Chilean navy said.",
			[]string{"PER>CHL 191"}, nil},
		{"a transport plane entering airspace",
			"SANTIAGO, June 3 (Sitrep) — Chile protested to Argentina on Tuesday after an Argentine military transport plane entered its airspace on Monday.",
			[]string{"ARG>CHL 150"}, []string{"CHL>CHL 150"}},
	}
	runStories(t, p, cases)
}
