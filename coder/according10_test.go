package coder_test

import (
	"testing"

	"sitrep"
)

// TestOthersWordTeller: an act told by a speaker of another country is
// reported (the gold guide), also when the speech verb shares its subject
// with a verb before it ("denied shelling villages and said ... had
// attacked first") and when the teller is a body the actor coder leaves
// uncoded but whose country adjective names it ("Israeli rescue
// services said"); a list of tellers that holds the acting side tells
// its own act (docs/events.md, "Tenth session: according10"). Made-up
// stories.
func TestOthersWordTeller(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"a speech verb coordinated with a denial",
			"YEREVAN, May 28 (Sitrep) — Armenia's defence ministry denied shelling villages and said Azerbaijani troops had attacked first.",
			[]string{"AZE 19 reported"}, []string{"AZE 19 occurred"}},
		{"a speech verb coordinated with a condemnation",
			"BAKU, May 28 (Sitrep) — Azerbaijan's foreign ministry condemned the shelling and said Armenian forces had fired on its positions near Lachin.",
			[]string{"ARM 19 reported"}, []string{"ARM 19 occurred"}},
		{"an uncoded body named by its country adjective",
			"HAIFA, May 28 (Sitrep) — Iranian drones struck a power station near Haifa on Tuesday, wounding five workers, Israeli rescue services said.",
			[]string{"IRN 19 reported"}, []string{"IRN 19 occurred"}},
		{"a list of tellers that holds the acting side",
			"LILONGWE, May 28 (Sitrep) — Zambia and Malawi, whose police served in the mission last year, said they were ready to contribute soldiers.",
			[]string{"ZMB 03 occurred"}, []string{"ZMB 03 reported"}},
	}
	checkStories(t, p, cases, func(e sitrep.Event) string {
		return key(e.Source) + " " + e.CAMEO[:2] + " " + e.Status
	})
}
