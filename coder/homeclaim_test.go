package coder_test

import "testing"

// TestHomeClaimants: a denial answers people at home whom the actor coder
// leaves unplaced (lawyers, activists, a named person, kin of a named
// person), coded to the denier's own country, whether the claim comes
// before ("an accusation X denied", "which X denied") or in an as-clause.
// Bare kin are not placed at home. Made-up stories.
func TestHomeClaimants(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"kin of a named person, a trailing accusation",
			"LUSAKA, June 4 (Sitrep) — Zambia and Malawi signed a trade accord on Monday. The family of Mwila Banda said guards had beaten him in a Lusaka jail, an accusation the Zambian interior ministry denied.",
			[]string{"ZMB>ZMB 016"}, []string{"ZMB>MWI 016"}},
		{"lawyers, a which-clause",
			"LUSAKA, June 4 (Sitrep) — Zambia and Malawi signed a trade accord on Monday. Lawyers for Mwila Banda said police had barred him from court on Tuesday, which the Zambian police denied.",
			[]string{"ZMB>ZMB 016"}, []string{"ZMB>MWI 016"}},
		{"activists in an as-clause",
			"LUSAKA, June 4 (Sitrep) — Zambia and Malawi signed a trade accord on Monday. The Zambian interior minister denied that police had fired on the crowd, as opposition activists had alleged.",
			[]string{"ZMB>ZMB 016"}, []string{"ZMB>MWI 016"}},
	}
	runStories(t, p, cases)
}
