package coder_test

import "testing"

// TestChargeThat: "charge" with a that-clause is an accusation made in
// words (112, lexicon "charge that (accuse)", spur30); with the accused as
// its object it stays a legal charge (173). Without the row the first
// case codes 173.
func TestChargeThat(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct{ text, want string }{
		{"MEXICO CITY, May 6 (Sitrep) — Mexico's opposition leader charged that the ruling party had ignored the protesters.", "112"},
		{"MEXICO CITY, May 6 (Sitrep) — Mexican prosecutors charged the opposition leader with fraud on Monday.", "173"},
	}
	for _, c := range cases {
		got := codesOf(t, p, c.text, func(code string) bool { return code[:2] == "11" || code[:2] == "17" })
		if got != c.want {
			t.Errorf("%q: codes %q, want %q", c.text, got, c.want)
		}
	}
}
