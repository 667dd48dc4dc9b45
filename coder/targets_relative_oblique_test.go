package coder_test

import (
	"testing"

	"sitrep/coder"
)

// relativeObliqueStories: a relative pronoun in an oblique ("with whom")
// stands for the noun before it, also when the parse hangs the relative
// clause on the main verb (seventeenth session, actor22). Made-up stories.
var relativeObliqueStories = []story{
	{"with whom, after a possessive title",
		"Kenyan President William Ruto carried a letter to Egypt from Ethiopia's prime minister, with whom he met on Sunday.",
		[]string{"KEN>ETH 040"}, nil},
	{"with whom, after an army chief",
		"The Kenyan envoy brought a message to Egypt from Sudan's army chief, with whom he met on Friday.",
		[]string{"KEN>SDN 040"}, nil},
}

// TestRelativeOblique runs the stories through the whole pipeline.
func TestRelativeOblique(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), relativeObliqueStories)
}

// TestRelativeObliqueOff: with the rule off, the meetings are not coded.
func TestRelativeObliqueOff(t *testing.T) {
	var cases []offCase
	for _, c := range relativeObliqueStories {
		cases = append(cases, offCase{c.text, c.want[0]})
	}
	failsWithout(t, coder.RelativeOblique, cases)
}
