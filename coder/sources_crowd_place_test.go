package coder_test

import (
	"testing"

	"sitrep/coder"
)

// crowdPlaceStories: a crowd with no country of its own is the people of
// the city or country its protest names, not of the only country the
// sentence names otherwise. Made-up stories.
var crowdPlaceStories = []story{
	{"outside a foreign embassy in a capital",
		"Demonstrators gathered outside the French embassy in Dakar on Monday.",
		[]string{"SEN>FRA 141"}, []string{"FRA>FRA 141"}},
	{"rallied in a country",
		"Protesters rallied in Portugal against the government on Monday.",
		[]string{"PRT>PRT 141"}, nil},
}

// TestCrowdPlaces runs the stories through the whole pipeline.
func TestCrowdPlaces(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), crowdPlaceStories)
}

// TestCrowdPlacesOff: with the rule off the crowds are misplaced or lost.
func TestCrowdPlacesOff(t *testing.T) {
	failsWithoutWant(t, coder.CrowdPlaces, crowdPlaceStories)
}
