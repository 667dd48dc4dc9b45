package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestCampaignPromise: a planned act of force, coercion or sanction by
// an actor out of office (OPP) is a campaign promise, no event; the same
// act planned by a government stays (spurious_campaign_promise.go).
func TestCampaignPromise(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text, trigger, want string
		rule                bool // the switch must change the result
	}{
		{"Opposition leader Juan Guaido said he would deport Cuban advisers from Venezuela.", "deport", "", true},
		{"Opposition leader Juan Guaido promised to impose sanctions on Cuba.", "impose", "", true},
		{"The Venezuelan government said it would deport Cuban advisers from Venezuela.", "deport", "174", false},
	}
	codes := func(text, trigger string) string { return triggerCodes(t, p, text, trigger) }
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if !c.rule {
			continue
		}
		coder.SetCampaignPromise(false)
		off := codes(c.text, c.trigger)
		coder.SetCampaignPromise(true)
		if off == c.want {
			t.Errorf("%q: switched off still gives %q: the case does not test the rule", c.text, off)
		}
	}
}
