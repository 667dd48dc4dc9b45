package coder_test

import (
	"testing"

	"sitrep/coder"
)

// officePursuitStories: "dismiss X as" an office is a removal, "go after"
// by an armed side a pursuit; neither is criticism (mend18). Made-up
// stories; rule names the figurative rule whose case it is ("" for a
// criticism that stays).
var officePursuitStories = []struct {
	rule string
	story
}{
	{"dismissed-office", story{"removed from office",
		"Ukraine's president on Friday dismissed Oleksiy Reznikov as defence minister.",
		nil, []string{"UKR>UKR 111"}}},
	{"armed-pursuit", story{"troops in pursuit",
		"Israeli troops went after Hamas in Gaza on Friday.",
		nil, []string{"ISR>PSE 111"}}},
	{"armed-pursuit", story{"an army in pursuit",
		"The Turkish army went after Syrian rebels near the border on Monday.",
		nil, []string{"TUR>SYR 111"}}},
	{"", story{"an office named with 'a' is a judgement",
		"Turkey's president dismissed Greece's prime minister as a weak leader on Monday.",
		[]string{"TUR>GRC 111"}, nil}},
	{"", story{"'the head of' is a judgement, not an office",
		"Turkey's president on Monday dismissed Greece's prime minister as the head of a failed government.",
		[]string{"TUR>GRC 111"}, nil}},
	{"", story{"'the son of' is a judgement, not an office",
		"Turkey's president on Monday dismissed Greece's prime minister as the son of a banker.",
		[]string{"TUR>GRC 111"}, nil}},
}

// TestOfficePursuit runs the stories, then checks that each rule's case
// is coded as criticism with the rule off.
func TestOfficePursuit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	for _, c := range officePursuitStories {
		runStories(t, p, []story{c.story})
		if c.rule == "" {
			continue
		}
		coder.SetFigurative(c.rule, false)
		got := denialCodes(t, p, c.text)
		coder.SetFigurative(c.rule, true)
		if !got[c.not[0]] {
			t.Errorf("%s: with %s off, no %s (got %v): the case does not test the rule", c.name, c.rule, c.not[0], got)
		}
	}
}
