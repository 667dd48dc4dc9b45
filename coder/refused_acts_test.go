package coder_test

import (
	"testing"

	"sitrep/coder"
)

// refusedActStories: the act refused, ruled out or demanded and rejected
// is not coded; a refusal to hold talks is 125. Made-up sentences.
var refusedActStories = []story{
	{"refused to resume talks",
		"Eritrea refused to resume talks with Ethiopia on Thursday.",
		[]string{"ERI>ETH 125"}, []string{"ERI>ETH 046", "ETH>ERI 046", "ERI>ETH 120"}},
	{"ruled out sending troops",
		"Italy ruled out sending troops to Libya.",
		nil, []string{"ITA>LBY 154"}},
	{"rejected demands to expel an envoy",
		"Turkey rejected demands to expel the Swedish ambassador.",
		nil, []string{"TUR>SWE 174"}},
}

// TestRefusedActs runs the stories through the whole pipeline.
func TestRefusedActs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), refusedActStories)
}

// TestRefusedActsOff: without the rule each story goes wrong.
func TestRefusedActsOff(t *testing.T) {
	failsWithoutWant(t, coder.RefusedActs, refusedActStories)
}

// TestRefusedActsKept: a refusal's purpose clause and a possibility not
// ruled out stay coded.
func TestRefusedActsKept(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		{"did not rule out closing the border",
			"Niger did not rule out closing its border with Benin.",
			[]string{"NER>BEN 191"}, nil},
	})
}
