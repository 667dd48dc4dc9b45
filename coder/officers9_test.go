package coder_test

import "testing"

// TestOfficersAtHome: force by "officers" or "guards" the actor coder
// places in no country, told in a story of one country's own affairs
// (mostly a claim a police spokesman denies), is that country's police's;
// their killing or shooting of people who are no armed side is
// repression (175), their beating stays 182 (docs/events.md, "Ninth
// session, second wave: events with an entry and no source"). Made-up
// stories.
func TestOfficersAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"officers who beat a student, denied",
			"LUSAKA, May 28 (Sitrep) — Zambian police broke up an opposition rally in Lusaka on Monday. The interior minister denied reports that officers had beaten a student near the university.",
			[]string{"ZMB>ZMB 182"}, nil},
		{"beaten by officers, a passive's agent",
			"LUSAKA, May 28 (Sitrep) — Zambian police broke up an opposition rally in Lusaka on Monday. The opposition said several of its supporters were beaten by officers, a claim police rejected.",
			[]string{"ZMB>ZMB 182"}, nil},
		{"officers who shot protesters dead: repression",
			"NAIROBI, May 28 (Sitrep) — Thousands of Kenyans marched in Nairobi on Monday against a new finance law. A local rights group said officers had shot dead four protesters in Kisumu, which a police spokesman denied.",
			[]string{"KEN>KEN 175"}, []string{"KEN>KEN 190"}},
		{"officers who beat refugees: not the home country's people",
			"NAIROBI, May 28 (Sitrep) — Thousands of Kenyans marched in Nairobi on Monday against a new finance law. Police denied that officers had beaten refugees at a camp near the border.",
			nil, []string{"KEN>KEN 182"}},
	}
	runStories(t, p, cases)
}
