package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestPrivateCompany: a visit made with the traveller's own family, or by
// a private person whose nationality word is all the actor tagger read,
// is no visit of a state (figurative_private_trips.go); an official
// travelling with someone else's family keeps the trip. Each case of the
// rule must differ with the rule switched off.
func TestPrivateCompany(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"Two Syrian women visiting Ankara said they heard the shots.", true, ""},
		{"Lebanon's foreign minister, visiting Paris with his family, said he heard the shots.", true, ""},
		{"Lebanon's foreign minister flew to Paris with the family of a freed hostage on Monday.", false, "042 043"},
		// A spouse goes on state visits: no private trip (mend25).
		{"Chinese President Xi Jinping visited France with his wife on Monday.", false, "042 043"},
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
		*coder.PrivateCompany = false
		off := codes(c.text)
		*coder.PrivateCompany = true
		if off == c.want {
			t.Errorf("%q: with the rule off still %q: the case does not test the rule", c.text, off)
		}
	}
}
