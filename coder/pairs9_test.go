package coder_test

import "testing"

// TestStrandedClauseSubjects: a clause opened by "after", "before",
// "when"... whose subject the parse read as the conjunction's noun (an
// oblique or modifier of the clause before, "on Monday after President
// Putin") takes that noun as its subject, not the main clause's
// (docs/events.md, "Ninth session: the right event with the wrong
// actors"). Made-up stories.
func TestStrandedClauseSubjects(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a leader's accusation after a day named",
			"OSLO, March 3 (Sitrep) — Norway recalled its ambassador from Russia on Monday after President Vladimir Putin accused Oslo of spying on Russian submarines.",
			[]string{"RUS>NOR 112"}, []string{"NOR>NOR 112"}},
		{"a capital's accusation after a bare name",
			"OSLO, March 3 (Sitrep) — Norway recalled its ambassador from Russia after Moscow accused Oslo of spying on Russian submarines.",
			[]string{"RUS>NOR 112"}, []string{"NOR>NOR 112"}},
	}
	runStories(t, p, cases)
}
