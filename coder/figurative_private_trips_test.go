package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestPrivateTrips: tourists, tour groups and reporters travelling, or a
// trip made on holiday, are no visits of a state
// (figurative_private_trips.go); an envoy's visit keeps its 042/043. Each
// case of the rule must differ with the rule switched off.
func TestPrivateTrips(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"LIMA, March 12 (Sitrep) — Peru's tourism board said bookings had fallen sharply after the protests. Several German tour groups cancelled trips on Monday, according to the hotel association.", true, ""},
		{"Ana Ruiz, a Spanish reporter visiting Rabat on holiday, said she saw the crowd march to the palace.", true, ""},
		{"Ana Ruiz, a Spanish reporter visiting Rabat, said she saw the crowd march to the palace.", true, ""},
		{"Spain's foreign minister, visiting Rabat on Monday, said the border would reopen.", false, "042 043"},
		// A minister on holiday: only the leisure branch drops the trip.
		{"Spain's foreign minister visited Rabat on holiday last week.", true, ""},
		// "over the holiday" is a time, not the trip's aim (mend18).
		{"Spain's foreign minister visited Morocco over the Easter holiday.", false, "042 043"},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code == "042" || code == "043" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: visits %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		coder.SetFigurative("private-trip", false)
		off := codes(c.text)
		coder.SetFigurative("private-trip", true)
		if off == c.want {
			t.Errorf("%q: with private-trip off still %q: the case does not test the rule", c.text, off)
		}
	}
}
