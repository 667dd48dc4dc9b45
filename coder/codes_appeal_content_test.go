package coder_test

import (
	"testing"

	"sitrep/coder"
)

// appealContentStories: an appeal is coded by the infinitive it consumes:
// a ceasefire or an end to fighting 0256, talks 026, a release 0253.
// Made-up stories.
var appealContentStories = []story{
	{"urged to agree a truce",
		"ADDIS ABABA, June 2 (Sitrep) — Kenya urged Ethiopia and Eritrea to agree a truce on Monday.",
		[]string{"KEN>ETH 0256"}, []string{"KEN>ETH 020"}},
	{"called on to stop the fighting",
		"ADDIS ABABA, June 2 (Sitrep) — Ghana called on Sudan's army to stop the fighting on Monday.",
		[]string{"GHA>SDN 0256"}, []string{"GHA>SDN 020"}},
	{"urged to resume talks",
		"ADDIS ABABA, June 2 (Sitrep) — Norway urged Colombia to resume talks with the rebels on Monday.",
		[]string{"NOR>COL 026"}, []string{"NOR>COL 020"}},
	{"urged to release",
		"ADDIS ABABA, June 2 (Sitrep) — Sweden urged Iran to release the detained aid workers on Monday.",
		[]string{"SWE>IRN 0253"}, []string{"SWE>IRN 020"}},
}

// TestAppealContents runs the stories through the whole pipeline.
func TestAppealContents(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), appealContentStories)
}

// TestAppealContentsOff: with the rule off the appeals are 020 again.
func TestAppealContentsOff(t *testing.T) {
	failsWithoutWant(t, coder.AppealContents, appealContentStories)
}
