package coder_test

import "testing"

// TestReview23Rows: lexicon rows mend23 narrowed or moved (review23).
// Made-up stories.
func TestReview23Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	runStories(t, pipeline(t), []story{
		// Finding 8: a characterization or a portrayal rejected is
		// denied (016), as an accusation is, not disapproved of (111).
		{"a characterization rejected is denied",
			"MOSCOW (Sitrep) — Russia's foreign ministry on Tuesday rejected Poland's characterization of the exercises as a threat.",
			[]string{"RUS>POL 016"}, []string{"RUS>POL 111"}},
		{"a portrayal rejected is denied",
			"MOSCOW (Sitrep) — Russia rejected Finland's portrayal of the border incident.",
			[]string{"RUS>FIN 016"}, []string{"RUS>FIN 111"}},
	})
}
