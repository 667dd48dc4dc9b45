package coder_test

import (
	"testing"

	"sitrep/coder"
)

// demonymObjectStories meet a titled name that opens with a country
// adjective (fourteenth session, meetr18). Made-up stories.
var demonymObjectStories = []story{
	{"met a demonym-titled leader",
		"Erdogan met Swedish Prime Minister Ulf Kristersson on the sidelines for about an hour.",
		[]string{"TUR>SWE 040", "SWE>TUR 040"}, nil},
	{"where he met a demonym-titled leader",
		"Ruto signed the deal in Rome, where he met Italian Prime Minister Giorgia Meloni on the sidelines of a summit.",
		[]string{"KEN>ITA 040", "ITA>KEN 040"}, nil},
}

var demonymObjectOff = []offCase{
	{demonymObjectStories[0].text, "TUR>SWE 040"},
	{demonymObjectStories[1].text, "KEN>ITA 040"},
}

// TestDemonymObject runs the stories through the whole pipeline.
func TestDemonymObject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, demonymObjectStories)
}

// TestDemonymObjectOff: with the repair off, the meetings are gone.
func TestDemonymObjectOff(t *testing.T) {
	failsWithout(t, coder.DemonymObject, demonymObjectOff)
}
