package coder_test

import "testing"

// TestRightRoot11 holds the codes chosen between two roots for one act
// (the eleventh session's root11 section in docs/events.md): a court
// asked is a lawsuit, citizenship offered is refuge, a boycott cuts
// relations, a party or council suspended at home is repression, "would
// not step down" is a refusal and a claim turned down is denied. Each
// wanted code differs in its root from the one coded before the change,
// so each case fails without its rule. Made-up stories through the whole
// pipeline.
func TestRightRoot11(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	cases := []story{
		{"asking a court to act is a legal action (115), not an appeal (020)",
			"MANILA, May 2 (Sitrep) — Senators asked the Supreme Court on Monday to stop the sale of the island.",
			[]string{"PHL>PHL 115"}, []string{"PHL>PHL 020"}},
		{"appealing to a court is a legal action too",
			"LIMA, May 2 (Sitrep) — The opposition appealed to the court on Monday against the decree.",
			[]string{"PER>PER 115"}, []string{"PER>PER 020"}},
		{"citizenship offered to a country's dissidents is refuge (075), not a bare offer (030)",
			"MADRID, May 2 (Sitrep) — Spain on Friday offered citizenship to 94 Nicaraguan opposition figures stripped of their nationality.",
			[]string{"ESP>NIC 075"}, []string{"ESP>NIC 030"}},
		{"protection offered to migrants is refuge",
			"QUITO, May 2 (Sitrep) — Ecuador said it would keep offering protection to Venezuelan migrants.",
			[]string{"ECU>VEN 075"}, []string{"ECU>VEN 030"}},
		{"a government boycotting a ceremony reduces relations (160), not 1223",
			"TOKYO, May 2 (Sitrep) — South Korea boycotted a memorial ceremony held by Japan on Sunday.",
			[]string{"KOR>JPN 160"}, []string{"KOR>JPN 1223"}},
		{"a regional council suspended by the government is repression at home (172)",
			"MADRID, May 2 (Sitrep) — The Spanish government on Friday suspended the regional council of Catalonia after the vote.",
			[]string{"ESP>ESP 172"}, []string{"ESP>ESP 160"}},
		{"a leader who would not step down refuses to go (1231), not a resignation negated (0831)",
			"HONIARA, May 2 (Sitrep) — Prime Minister Peter Kalu said on Monday he would not step down despite weeks of protests in Solomon Islands.",
			[]string{"SLB>SLB 1231"}, []string{"SLB>SLB 0831"}},
		{"a country's claims, read as a verb by the parse, are denied (016), not rejected (120)",
			"BAKU, May 2 (Sitrep) — Azerbaijan on Friday rejected U.S. claims that the vote was rigged, and said the count was fair.",
			[]string{"AZE>USA 016"}, []string{"AZE>USA 120"}},
		{"a leader's claim, read as the subject of its that-clause, is denied",
			"NAIROBI, May 2 (Sitrep) — Kenya on Tuesday rejected British Foreign Secretary Mark Hale's claim that refugees were being abused in the camps.",
			[]string{"KEN>GBR 016"}, []string{"KEN>GBR 120"}},
	}
	runStories(t, p, cases)
}
