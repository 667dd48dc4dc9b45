package coder_test

import "testing"

// TestUnnamedAccused: an accusation aimed at parties its speaker leaves
// unnamed ("foreign backers", "unnamed foreign forces") has no target
// ('-'); the story's other side is not guessed for it (tenth session,
// guess10). Made-up stories through the whole pipeline.
func TestUnnamedAccused(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"foreign backers left unnamed are no guess for the story's other side",
			"BAMAKO, June 3 (Sitrep) — Niger's foreign minister met French envoys in Niamey on Monday. Niger's military leader accused foreign backers of arming the rebels on Tuesday, without naming them.",
			[]string{"NER>- 112"}, []string{"NER>FRA 112"}},
		{"unnamed foreign forces blamed at home are not the country itself",
			"DUSHANBE, April 8 (Sitrep) — Tajik President Emomali Rahmon blamed unnamed foreign forces for the riots in the east of the country on Monday.",
			[]string{"TJK>- 112"}, []string{"TJK>TJK 112"}},
	}
	runStories(t, p, cases)
}
