package coder_test

import (
	"testing"

	"sitrep/coder"
)

// sentEnvoyStories tell of a delegation or minister sent to another
// country's capital: the host receives the visit (043) once it is made,
// not while it is only planned (visit17b). Made-up stories.
var sentEnvoyStories = []story{
	{"a minister sent to a capital is received there",
		"KAMPALA, May 3 (Sitrep) — Kenya sent its foreign minister to Kampala on Monday, the Kenyan foreign ministry said. The minister is expected to stay two days.",
		[]string{"KEN>UGA 042", "UGA>KEN 043"}, nil},
	{"a delegation still to be sent is not yet hosted",
		"ACCRA, May 3 (Sitrep) — Ghana will send a delegation to Lome next week, Ghana's foreign ministry said on Tuesday.",
		[]string{"GHA>TGO 042"}, []string{"TGO>GHA 043"}},
}

// TestSentEnvoyHost runs the stories through the whole pipeline.
func TestSentEnvoyHost(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), sentEnvoyStories)
}

// TestSentEnvoyHostOff: with the rule off, the host's 043 is gone.
func TestSentEnvoyHostOff(t *testing.T) {
	failsWithout(t, coder.SentEnvoyHost, []offCase{
		{sentEnvoyStories[0].text, "UGA>KEN 043"},
	})
}
