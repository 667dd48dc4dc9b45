package coder_test

import (
	"testing"

	"sitrep/coder"
)

// neitherNorStories: "neither … nor" negates the act, on its subject, its
// verb or a clause of its own, and its subjects never act on each
// other. Made-up sentences.
var neitherNorStories = []story{
	{"neither on the subject of a signing",
		"Neither Armenia nor Azerbaijan signed the peace treaty on Friday.",
		[]string{"ARM>AZE 057 negated", "AZE>ARM 057 negated"}, []string{"ARM>AZE 057 occurred", "AZE>ARM 057 occurred"}},
	{"neither on the subject of a noun act",
		"Neither Sudan nor Chad attended the talks in Jeddah.",
		nil, []string{"SDN>TCD 046 occurred", "TCD>SDN 046 occurred"}},
	{"nor on a clause of its own",
		"Israel did not strike Beirut on Monday, nor did it bomb Sidon.",
		[]string{"ISR>LBN 195 negated"}, []string{"ISR>LBN 195 occurred"}},
	{"neither subjects of a condemnation are not each other's targets",
		"Neither Peru nor Chile condemned the coup.",
		nil, []string{"PER>CHL 111 negated", "CHL>PER 111 negated", "PER>CHL 111 occurred", "CHL>PER 111 occurred"}},
}

func TestNeitherNor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runWithStatus(t, pipeline(t), neitherNorStories)
}

// TestNeitherNorOff: without the rule each story goes wrong.
func TestNeitherNorOff(t *testing.T) {
	failsWithoutKeyed(t, coder.NeitherNors, neitherNorStories, withStatus)
}
