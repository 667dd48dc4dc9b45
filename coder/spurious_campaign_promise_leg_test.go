package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestLegislatorPromise: a legislator's planned act of force (15, 17 but
// 172, 18 to 20) is a campaign promise, no event; his planned sanctions
// (16) stay (spurious_campaign_promise.go, legislatorPromise).
func TestLegislatorPromise(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text, trigger, want string
		rule                bool // the switch must change the result
	}{
		{"Sen. Martha Quellwood (D-Ohio) said she would deport every smuggler to Mexico.", "deport", "", true},
		{"Sen. Martha Quellwood (D-Ohio) vowed to bomb the Islamic State into oblivion.", "bomb", "", true},
		{"Sen. Martha Quellwood (D-Ohio) said she would impose sanctions on Iran.", "impose", "163", false},
	}
	codes := func(text, trigger string) string { return triggerCodes(t, p, text, trigger) }
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		coder.SetLegislatorPromise(false)
		off := codes(c.text, c.trigger)
		coder.SetLegislatorPromise(true)
		if c.rule && off == c.want {
			t.Errorf("%q: switched off still gives %q: the case does not test the rule", c.text, off)
		}
	}
}
