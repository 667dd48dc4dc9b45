package coder_test

import (
	"strings"
	"testing"

	"sitrep/coder"
)

// TestAgencyCredit: the agency a wire dateline credits is no party the
// story's acts are guessed toward (article_agency_credit.go). Each case
// must differ with the rule switched off.
func TestAgencyCredit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []struct {
		text string
		want string
	}{
		{"CAGUAS, Puerto Rico (AP)_ Kidnappers took a store owner hostage on Friday.\n\nHis kidnappers demanded a ransom of dlrs 1 million.", "181 PRI; 100 PRI"},
	}
	targets := func(text string) string {
		var out []string
		for _, e := range codeStory(t, p, text).Events {
			tgt := ""
			if e.Target != nil {
				tgt = e.Target.Code
			}
			out = append(out, e.CAMEO+" "+tgt)
		}
		return strings.Join(out, "; ")
	}
	for _, c := range cases {
		if got := targets(c.text); got != c.want {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
		*coder.AgencyCredit = false
		off := targets(c.text)
		*coder.AgencyCredit = true
		if off == c.want {
			t.Errorf("%q: with the rule off still %q: the case does not test the rule", c.text, off)
		}
	}
}
