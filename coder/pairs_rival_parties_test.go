package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestRivalParties: two parties of one country are a pair, as two persons
// of different surnames are (pairs_rival_parties.go); one party toward
// itself stays uncoded.
func TestRivalParties(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text, trigger, want string
		rule                bool // the switch must change the result
	}{
		{"Senate Democrats demanded that Republicans hold a vote on the nomination.", "demanded", "100", true},
		{"Republicans criticized Democrats for blocking the spending bill.", "criticized", "111", true},
		{"House Republicans accused the Democratic Party of obstruction.", "accused", "112", true},
	}
	for _, c := range cases {
		if got := triggerCodes(t, p, c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if !c.rule {
			continue
		}
		old := coder.SetRivalParties(false)
		off := triggerCodes(t, p, c.text, c.trigger)
		coder.SetRivalParties(old)
		if off == c.want {
			t.Errorf("%q: with the rule off still %q", c.text, off)
		}
	}
}
