package coder_test

import (
	"testing"

	"sitrep/coder"
)

// TestSignedPapers: signing autographs, a memo or a petition is no
// agreement (signs_personal_papers.go); signing an accord with another
// country keeps its 057. Each case of the rule must differ with the rule
// switched off.
func TestSignedPapers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		rule bool
		want string
	}{
		{"Brazilian President Luiz Inacio Lula da Silva signed autographs for supporters after a rally in Buenos Aires, Argentina.", true, ""},
		{"Forty Japanese diplomats signed a memo on China.", true, ""},
		{"The French ambassador signed a petition on Iran.", true, ""},
		{"Brazil's president signed a trade accord with Argentina on Monday.", false, "057 057"},
		// A copy of an agreement is the agreement (mend25).
		{"Peru's president signed a copy of the peace deal with Ecuador on Monday.", false, "057 057"},
		{"Brazil's president signed copies of his book with Argentina's president on Monday.", true, ""},
		// A copy of anything but an accord (review finding 7).
		{"Chile's president signed copies of his memoir for Ecuador's president on Monday.", true, ""},
	}
	codes := func(text string) string {
		return codesOf(t, p, text, func(code string) bool { return code == "057" })
	}
	for _, c := range cases {
		if got := codes(c.text); got != c.want {
			t.Errorf("%q: agreements %q, want %q", c.text, got, c.want)
		}
		if !c.rule {
			continue
		}
		*coder.SignedPapers = false
		off := codes(c.text)
		*coder.SignedPapers = true
		if off == c.want {
			t.Errorf("%q: with the rule off still %q: the case does not test the rule", c.text, off)
		}
	}
}
