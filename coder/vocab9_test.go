package coder_test

import "testing"

// TestVocabularyNinthSession: lexicon rows for words the tuning sets' gold
// coded and the lexicon had no entry for (docs/events.md, "Ninth session:
// words the lexicon lacked"). Made-up stories through the whole pipeline;
// each fails with its row removed.
func TestVocabularyNinthSession(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"troops surrounding another country's embassy restrict movement (191)",
			"Zambian soldiers surrounded the Malawian embassy in Lusaka on Tuesday.",
			[]string{"ZMB>MWI 191"}, nil},
		{"a town recaptured is territory occupied (192), like one captured",
			"Malian troops recaptured Kidal on Friday.",
			[]string{"MLI>MLI 192"}, nil},
		{"stripping people of their citizenship is an administrative sanction (172)",
			"Five Belarusian opposition leaders fled to Lithuania last year. Belarus stripped them of their citizenship on Monday.",
			[]string{"BLR>BLR 172"}, nil},
		{"a car bomb is a car bombing (1832), not an air strike",
			"An al Shabaab car bomb killed two Kenyan soldiers in Mandera on Sunday.",
			[]string{"SOM>KEN 1832"}, []string{"SOM>KEN 195"}},
		{"a roadside bomb is a roadside bombing (1833)",
			"An al Shabaab roadside bomb killed three Kenyan soldiers in Mandera on Sunday.",
			[]string{"SOM>KEN 1833"}, nil},
		{"a suicide bombing is 1831, not the plain bombing's air strike (195)",
			"Kenya condemned the al Shabaab suicide bombing of a Kenyan army base on Sunday.",
			[]string{"SOM>KEN 1831"}, []string{"SOM>KEN 195"}},
	}
	runStories(t, p, cases)
}
