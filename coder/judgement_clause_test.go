package coder_test

import "testing"

// TestQuotedJudgementClause: one word in quotation marks after a naming
// verb's object, parsed as an adverbial clause of the verb ('called her
// remarks "meddling"'), is the verb's complement, so the judgement rows
// see it; a quoted word that judges nothing codes no criticism.
func TestQuotedJudgementClause(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a quoted gerund before a day",
			"Argentina's foreign minister Diana Mondino spoke on Sunday. Venezuela's foreign ministry called her remarks \"meddling\" on Monday.",
			[]string{"VEN>ARG 111"}, nil},
		{"a quoted gerund before a coordinated verb",
			"Argentina's foreign minister Diana Mondino spoke on Sunday. Venezuela called her remarks \"meddling\" and recalled its envoy.",
			[]string{"VEN>ARG 111", "VEN>ARG 161"}, nil},
		{"a quoted word that is no judgement",
			"Argentina's foreign minister Diana Mondino spoke on Sunday. Venezuela's foreign ministry called her remarks \"surprising\" on Monday.",
			nil, []string{"VEN>ARG 111"}},
	}
	runStories(t, p, cases)
}
