package coder_test

import "testing"

// TestDeescalationAppeals: an outsider's appeal to stop fighting that
// names no addressee ("urged restraint", "called for an end to the
// fighting") is made of the story's two sides and coded 0256; an appeal
// for something else with no addressee (aid) keeps no target
// (docs/events.md, "Eighth session: appeals to stop fighting"). Made-up
// stories.
func TestDeescalationAppeals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	const lead = "NEW DELHI, May 28 (Sitrep) — Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday, and Pakistan accused India of shelling villages. "
	cases := []story{
		{"restraint urged by an outsider",
			lead + "Qatar urged restraint on Wednesday.",
			[]string{"QAT>PAK 0256", "QAT>IND 0256"}, []string{"QAT>- 020"}},
		{"an end to the fighting called for",
			lead + "Japan called for an immediate end to the fighting.",
			[]string{"JPN>PAK 0256", "JPN>IND 0256"}, []string{"JPN>- 020"}},
		{"aid asked for, no addressee: no target",
			lead + "Japan called for more humanitarian aid.",
			nil, []string{"JPN>PAK 0233", "JPN>IND 0233"}},
	}
	runStories(t, p, cases)
}
