package coder_test

import "testing"

// TestLex19Gaps checks the fifteenth session's lexicon rows for words that had
// no entry at all: a hope for another's act (020), an assurance (030), talks
// described as constructive (013), an expectation that another act (100) and
// reduced sales or support (160).
// Each wanted event fails without the rows.
func TestLex19Gaps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{
			name: "hoped that another would act",
			text: "HANOI, May 27 (Sitrep) — Vietnam said on Monday it hoped Cambodia would reopen the border crossing soon.",
			want: []string{"VNM>KHM 020"},
		},
		{
			name: "assured",
			text: "ACCRA, May 27 (Sitrep) — Ghana's president assured Togo on Monday that the border would stay open.",
			want: []string{"GHA>TGO 030"},
		},
		{
			name: "described the talks as constructive",
			text: "OSLO, May 27 (Sitrep) — Norway and Iceland held fishing talks in Oslo on Monday. Iceland described the talks as constructive.",
			want: []string{"ISL>NOR 013"},
		},
		{
			name: "expected another to respect",
			text: "ROME, May 27 (Sitrep) — Italy said on Monday it expected Tunisia to respect the migration agreement.",
			want: []string{"ITA>TUN 100"},
		},
		{
			name: "expected concrete steps",
			text: "ATHENS, May 27 (Sitrep) — Greece said on Monday it expected concrete steps from Albania on minority schools.",
			want: []string{"GRC>ALB 100"},
		},
		{
			name: "could reduce gas sales",
			text: "ALGIERS, May 27 (Sitrep) — Algeria criticised the visit on Monday, and Algerian officials said they could reduce gas sales to Spanish firms.",
			want: []string{"DZA>ESP 160"},
		},
	})
}
