package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestOldActsInWireCopy runs made-up sentences through the whole
// pipeline: an act dated years before the story by a date that opens the
// sentence, or by the verb that starts it, is background and not coded;
// each case comes out differently with its part of background off.
func TestOldActsInWireCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		rule, text, trigger string
		want                string // codes on trigger, sorted and joined; "" for none
	}{
		{"fronted", "In 2009, then a young activist, she was arrested by Egyptian police in Cairo.", "arrested", ""},
		{"xcomp", "France started conducting airstrikes on Islamic State positions in Iraq in 2014, leading a coalition.", "conducting", ""},
		// Today's acts stay.
		{"", "Egyptian police arrested her in Cairo on Monday.", "arrested", "173"},
		{"", "France started conducting airstrikes on Islamic State positions in Iraq on Monday.", "conducting", "195"},
	}
	codes := func(text, trigger string) string { return triggerCodes(t, p, text, trigger) }
	for _, c := range cases {
		if got := codes(c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.trigger, got, c.want)
		}
		if c.rule == "" {
			continue
		}
		coder.SetBackground(c.rule, false)
		off := codes(c.text, c.trigger)
		coder.SetBackground(c.rule, true)
		if off == c.want {
			t.Errorf("%q: with %s off still %q: the case does not test it", c.text, c.rule, off)
		}
	}
}
