package eval

import "testing"

func TestEventScores(t *testing.T) {
	var s EventScores
	gold := []GoldEvent{
		{Source: "PHL", Target: "CHN", CAMEO: "112", Status: "occurred", Date: "2024-03-14"},
		{Source: "CHN", Target: "PHL", CAMEO: "036", Status: "occurred", Date: "2024-03-14"},
		{Source: "IGOSEAASN", Target: "-", CAMEO: "043", Status: "planned", Date: "2024-03-28"},
	}
	sys := []GoldEvent{
		{Source: "PHL", Target: "CHN", CAMEO: "1123", Status: "occurred", Date: "2024-03-14"}, // same root
		{Source: "IGOSEAASN", Target: "", CAMEO: "040", Status: "occurred", Date: "2024-03-14"},
		{Source: "USA", Target: "CHN", CAMEO: "020", Status: "occurred", Date: "2024-03-14"},
	}
	s.AddArticle(gold, sys)
	if s.Gold != 3 || s.System != 3 || s.Matched != 2 || s.StatusRight != 1 || s.DateRight != 1 {
		t.Fatalf("%+v", s)
	}
	if s.Confusions["planned → occurred"] != 1 {
		t.Fatalf("confusions %v", s.Confusions)
	}
	if p, r := s.P(), s.R(); p < 66 || p > 67 || r < 66 || r > 67 {
		t.Fatalf("P %.1f R %.1f", p, r)
	}
}

func TestNormActors(t *testing.T) {
	for in, want := range map[string]string{
		"CHN": "CHN", "chn": "CHN", "CHNGOV": "CHN", "PHLMIL": "PHL", "USAGOVLEG": "USA",
		"IGOUNO": "IGOUNO", "IGOUNOWFP": "IGOUNO", "IGOWSTNAT": "IGOWSTNAT", "IGOSEAASN": "IGOSEAASN",
		"NGOHRI": "NGOHRI", "MEDCVL": "MEDCVL", "-": "", "": "", " KOR ": "KOR",
	} {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
}
