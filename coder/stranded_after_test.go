package coder_test

import "testing"

// TestStrandedAfterClause: a clause opened by "after", "before", "since"
// or "until" whose subject the parse hung as an oblique ("summoned the
// envoy after mortar rounds landing in the village killed two farmers")
// keeps its own subject; it does not borrow the main clause's. Made-up
// stories through the whole pipeline (docs/events.md, tenth session:
// spur10).
func TestStrandedAfterClause(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"shells that kill are no act of the country that protests",
			"DHAKA, May 28 (Sitrep) — Bangladesh summoned the Myanmar ambassador on Tuesday after mortar shells fired across the border killed two people.",
			[]string{"BGD>MMR 114"}, []string{"BGD>MMR 190", "BGD>BGD 190"}},
		{"fighting that killed is no act of the signatories",
			"BANGKOK, May 28 (Sitrep) — Thailand and Cambodia signed a peace deal in Kuala Lumpur on Monday, three months after border fighting killed dozens of people.",
			nil, []string{"THA>MYS 190", "KHM>MYS 190", "THA>KHM 190", "KHM>THA 190"}},
		{"an actor named as the stranded subject acts",
			"LIMA, May 28 (Sitrep) — Peruvian opposition leader Juan Quispe was charged with sedition on Thursday, a day after police detained him at a rally in Cusco.",
			[]string{"PER>PER 173"}, nil},
	}
	runStories(t, p, cases)
}
