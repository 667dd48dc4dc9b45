package coder_test

import (
	"testing"

	"sitrep"
)

// TestArrestsNotMade: "no arrests were made", "No one was arrested",
// told with no doer, are the police's of the country the story is filed
// from, at home, and negated (docs/events.md, "Ninth session, fourth
// wave: negated acts"). Made-up stories.
func TestArrestsNotMade(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"no arrests were made",
			"LUSAKA, May 28 (Sitrep) — Zambia's opposition held a rally in Lusaka on Monday against rising fuel prices. Riot police watched from nearby streets, and no arrests were made.",
			[]string{"ZMB>ZMB 173 negated"}, []string{"ZMB>ZMB 173 occurred"}},
		{"no one was arrested",
			"NAIROBI, May 28 (Sitrep) — Kenya's finance minister defended a new tax law on Monday as thousands marched in Nairobi. No one was arrested.",
			[]string{"KEN>KEN 173 negated"}, []string{"KEN>KEN 173 occurred"}},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + ">" + key(e.Target) + " " + e.CAMEO + " " + e.Status
	})
}
