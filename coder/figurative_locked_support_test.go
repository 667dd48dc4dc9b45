package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestLockedSupport: a campaign locking up endorsements or the nomination
// holds no one (figurative_locked_support.go); police locking up
// protesters keep their 173. Each case of the rule must differ with it
// switched off.
func TestLockedSupport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"Senator Ana Ruiz locked up endorsements from unions representing a majority of Peru's union members way back in October.", true, ""},
		{"Peruvian police locked up dozens of protesters on Monday.", false, "173"},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code[:3] == "173" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: codes %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		coder.SetFigurative("locked-support", false)
		off := codes(c.text)
		coder.SetFigurative("locked-support", true)
		if off == c.want {
			t.Errorf("%q: with locked-support off still %q: the case does not test the rule", c.text, off)
		}
	}
}
