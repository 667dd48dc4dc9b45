package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestUsedForces: "using forces", plural, is troops put to use, no
// repression (figurative_used_forces.go); "use force" keeps its 175. Each
// case of the rule must differ with it switched off.
func TestUsedForces(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"Venezuela can still cause problems for Guyana by using forces and weapons that are not yet engaged.", true, ""},
		{"Venezuela's police used force against the protesters on Monday.", false, "175"},
		// Forces used against someone: repression (mend25).
		{"Myanmar's junta used security forces against the protesters on Monday.", false, "175"},
		// A place is no one they are used on (review finding 6).
		{"Russia used forces on the eastern front.", true, ""},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code == "175" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: codes %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		coder.SetFigurative("used-forces", false)
		off := codes(c.text)
		coder.SetFigurative("used-forces", true)
		if off == c.want {
			t.Errorf("%q: with used-forces off still %q: the case does not test the rule", c.text, off)
		}
	}
}
