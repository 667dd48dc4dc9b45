package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestPrivateResignation: an executive or a reporter quitting is no
// change in leadership (sources_private_resignation.go); a minister's
// resignation keeps its 0831. Each case of the rule must differ with the
// rule switched off.
func TestPrivateResignation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"Canada's Magna said its chief financial officer, James McAlpine, resigned on Friday.", true, ""},
		{"LIMA (Sitrep) — A Peruvian journalist, Ana Ruiz, resigned on Monday.", true, ""},
		{"Peru's interior minister resigned on Sunday after the protests.", false, "0831"},
		// A central bank's governor holds a state office (mend25).
		{"Lebanon's central bank governor resigned on Monday.", false, "0831"},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code == "0831" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: resignations %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		*coder.PrivateResign = false
		off := codes(c.text)
		*coder.PrivateResign = true
		if off == c.want {
			t.Errorf("%q: with the rule off still %q: the case does not test the rule", c.text, off)
		}
	}
}
