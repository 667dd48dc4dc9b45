package coder_test

import "testing"

// TestLegal26Rows checks the eighteenth session's rows for legal acts of
// real copy (legal26): a threat "issued" (130), a suit or case "launched"
// (115), investigators or regulators "examining" a matter (090). Made-up
// stories. Rows have no switch: each wanted event was checked by hand to
// fail with rows 1367-1369 commented out (review19).
func TestLegal26Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	p := pipeline(t)
	runStories(t, p, []story{
		{name: "issued a threat", text: "MOSCOW — Russia's foreign ministry on Monday issued a threat against Latvia over the closed schools.", want: []string{"RUS>LVA 130"}},
		{name: "launched a lawsuit", text: "KYIV — Ukraine's government on Monday launched a lawsuit against Russia in a Swedish court.", want: []string{"UKR>RUS 115"}},
		{name: "launched a case", text: "LIMA — Peru on Monday launched a case against Chile over the maritime border.", want: []string{"PER>CHL 115"}},
		{name: "examined by regulators", text: "BERLIN — The Chinese company's bid is being examined by German regulators, the economy ministry said on Monday.", want: []string{"DEU>CHN 090"}},
	})
}
