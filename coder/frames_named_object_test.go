package coder_test

import (
	"testing"

	"sitrep/coder"
)

// namedCallStories: a verb whose only complement is a named actor is a
// telephone call, each way (twenty-second session, frame31); a second
// noun that judges the name is no call; talks suspended or broken off
// are halted (164), the noun coding no talks of its own. Made-up stories.
var namedCallStories = []story{
	{"called a named leader",
		"NAIROBI — Kenyan President William Ruto called Yoweri Museveni on Friday to discuss the border dispute, his office said.",
		[]string{"KEN>UGA 041", "UGA>KEN 041"}, nil},
	{"called a named leader a liar: a judgement, no call",
		"NAIROBI — Kenyan President William Ruto called Yoweri Museveni a liar on Friday.",
		[]string{"KEN>UGA 111"}, []string{"KEN>UGA 041"}},
	{"called a named leader, an apposition, a traitor: no call",
		"NAIROBI — Kenyan President William Ruto called Yoweri Museveni, his old rival, a traitor on Friday.",
		nil, []string{"KEN>UGA 041", "UGA>KEN 041"}},
	{"suspended negotiations: halted, no talks",
		"SANTIAGO — Chile suspended negotiations with Peru on Monday.",
		[]string{"CHL>PER 164"}, []string{"CHL>PER 046", "PER>CHL 046"}},
	{"broke off talks: halted",
		"SANTIAGO — Chile broke off talks with Peru on Monday.",
		[]string{"CHL>PER 164"}, []string{"CHL>PER 046", "PER>CHL 046"}},
}

// TestNamedCall runs the stories through the whole pipeline.
func TestNamedCall(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), namedCallStories)
}

// TestNamedCallOff: with the rule off, "called Yoweri Museveni" is no
// call.
func TestNamedCallOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	*coder.NamedObject = false
	defer func() { *coder.NamedObject = true }()
	runStories(t, pipeline(t), []story{{"called a named leader, rule off",
		namedCallStories[0].text, nil, []string{"KEN>UGA 041", "UGA>KEN 041"}}})
}
