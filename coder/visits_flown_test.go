package coder_test

import (
	"testing"

	"sitrep/coder"
)

// flownVisitStories tell of a leader who flies to another country's
// capital, with no talks told between the pair: the flight is the visit
// (visit17). Made-up stories.
var flownVisitStories = []story{
	{"a president flew to a capital",
		"DODOMA, May 3 (Sitrep) — Ghana's President Kofi Mensah flew to Dodoma on Tuesday. Tanzanian officials said the trip would last two days.",
		[]string{"GHA>TZA 042"}, nil},
	{"jets that flew close to a ship are no visit",
		"MANILA, May 3 (Sitrep) — Two Chinese fighter jets flew close to a Philippine patrol ship on Tuesday, the Philippine coast guard said.",
		nil, []string{"CHN>PHL 042"}},
	{"a patient flown abroad is no visit",
		"NAIROBI, May 3 (Sitrep) — An injured Kenyan opposition leader was flown to London for treatment on Tuesday, his party said.",
		nil, []string{"KEN>GBR 042"}},
}

// flownBesideTalksStories tell of a flight made for talks the story tells
// too: the talks are the event, the flight adds no visit.
var flownBesideTalksStories = []story{
	{"flew to a capital and held talks",
		"LIMA, May 3 (Sitrep) — Chile's foreign minister flew to Lima on Tuesday and held talks with Peruvian Foreign Minister Ana Torres on fishing rights.",
		nil, []string{"CHL>PER 042"}},
}

// TestFlownVisit runs the stories through the whole pipeline.
func TestFlownVisit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, flownVisitStories)
	runStories(t, p, flownBesideTalksStories)
}

// TestFlownVisitOff: with the rule off, the flown visit is gone.
func TestFlownVisitOff(t *testing.T) {
	failsWithout(t, coder.FlownVisit, []offCase{
		{flownVisitStories[0].text, "GHA>TZA 042"},
	})
}

// TestFlownDedupOff: with the drop off, the visit beside the talks comes
// back.
func TestFlownDedupOff(t *testing.T) {
	comesBackWithout(t, coder.FlownDedup, flownBesideTalksStories)
}
