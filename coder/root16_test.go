package coder_test

import (
	"testing"

	"sitrep/coder"
)

// unrecognisedStories tell a state or government that was not recognised,
// without "will" or "would": the recognition that did not happen (054,
// negated), not a rejection (120). Made-up stories.
var unrecognisedStories = []story{
	{"a junta not recognised, perfect tense",
		"BRASILIA, May 6 (Sitrep) — Brazil has not recognised the military government in Niger, its foreign ministry said on Monday.",
		[]string{"BRA>NER 054"}, []string{"BRA>NER 120"}},
	{"a rebel government not recognised, past tense",
		"CANBERRA, May 6 (Sitrep) — Australia did not recognise the Houthi government in Sanaa, a spokesman said on Monday.",
		[]string{"AUS>YEM 054"}, []string{"AUS>YEM 120"}},
}

// rejectedStories withhold recognition from a thing, or refuse it with
// "would": the rejection stays.
var rejectedStories = []story{
	{"a result not recognised",
		"TOKYO, May 6 (Sitrep) — Japan did not recognise the result of the vote in Belarus, a spokesman said on Monday.",
		nil, []string{"JPN>BLR 054"}},
	{"a refusal told by would",
		"MEXICO CITY, May 6 (Sitrep) — Mexico would not recognise the new government of Peru, the president said on Monday.",
		[]string{"MEX>PER 120"}, []string{"MEX>PER 054"}},
}

// TestWithheldRecognition runs the stories through the whole pipeline.
func TestWithheldRecognition(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, unrecognisedStories)
	runStories(t, p, rejectedStories)
}

// TestWithheldRecognitionOff: with the rule off, the unrecognised party
// is coded as a rejection (120) again.
func TestWithheldRecognitionOff(t *testing.T) {
	comesBackWithout(t, coder.WithheldRecognition, unrecognisedStories)
}
