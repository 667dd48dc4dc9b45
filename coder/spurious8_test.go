package coder_test

import "testing"

// TestSpuriousEighth holds classes of events the coder made up where the
// gold guide codes none (docs/events.md, "Eighth session: spurious events
// with no gold twin"). Made-up stories through the whole pipeline.
func TestSpuriousEighth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an organisation's own summit is no meeting between parties",
			"Chile and Peru signed a fisheries deal on Monday. The Chilean president then flew to Brussels for the NATO summit.",
			[]string{"CHL>PER 057"}, []string{"IGOWSTNAT>- 040"}},
		{"a summit held with someone is still a meeting",
			"The European Union held a summit with China in Beijing on Thursday.",
			[]string{"IGOEUREEC>CHN 040"}, nil},
	}
	runStories(t, p, cases)
}
