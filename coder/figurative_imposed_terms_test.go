package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestImposedTerms: a court's sentence or a deadline imposed is no
// sanction (figurative_imposed_terms.go); sanctions imposed on a country
// keep their 163. Each case of the rule must differ with it switched off.
func TestImposedTerms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"LIMA, May 6 (Sitrep) — A Peruvian judge imposed a 52-month sentence on the former minister on Monday.", true, ""},
		{"LIMA, May 6 (Sitrep) — Peru imposed sanctions on Venezuela on Monday.", false, "163"},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code[:2] == "16" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: codes %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		coder.SetFigurative("imposed-term", false)
		off := codes(c.text)
		coder.SetFigurative("imposed-term", true)
		if off == c.want {
			t.Errorf("%q: with imposed-term off still %q: the case does not test the rule", c.text, off)
		}
	}
}
