package coder_test

import "testing"

// TestActsNotDone: an act that is the infinitive of a refusal, a failure
// or a reluctance did not happen, whatever the parse hangs the infinitive
// on. Made-up stories through the whole pipeline.
func TestActsNotDone(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"an infinitive after 'declined at first', parsed as an adverbial clause, is not done",
			"The Russian president declined at first to praise the Ukrainian government.",
			nil, []string{"RUS>UKR 051"}},
		// (A criticism declined is coded negated since miss26,
		// refused_criticism_test.go.)
		{"the infinitive of the noun 'refusal' is not done",
			"The Polish president's refusal to condemn the Hungarian government angered voters.",
			nil, []string{"POL>HUN 111"}},
		{"the infinitive of 'reluctant' is not done",
			"The Kenyan government is still reluctant to condemn the Ugandan government.",
			nil, []string{"KEN>UGA 111"}},
		{"the infinitive of 'encouraged' is only urged, not done",
			"The Chilean government encouraged Bolivian officials to ask Peru for help.",
			nil, []string{"CHL>PER 020"}},
		{"the act itself is coded",
			"The Kenyan government condemned the Ugandan government on Monday.",
			[]string{"KEN>UGA 111"}, nil},
	}
	runStories(t, p, cases)
}
