package eval

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

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

// TestMatchEventsOrder: the same events in another order give the same
// figures. The greedy matching in file order paired the first gold event
// with the first system event of its class whatever their statuses, so
// the reversed lists lost a status agreement.
func TestMatchEventsOrder(t *testing.T) {
	gold := []GoldEvent{
		{Source: "FRA", Target: "DEU", CAMEO: "040", Status: "occurred", Date: "2000"},
		{Source: "FRA", Target: "DEU", CAMEO: "042", Status: "planned", Date: "2000"},
		{Source: "FRA", Target: "DEU", CAMEO: "043", Status: "reported", Date: "2000-01"},
	}
	sys := []GoldEvent{
		{Source: "FRA", Target: "DEU", CAMEO: "043", Status: "planned", Date: "2000-01"},
		{Source: "FRA", Target: "DEU", CAMEO: "042", Status: "occurred", Date: "2001"},
		{Source: "FRA", Target: "DEU", CAMEO: "040", Status: "reported", Date: "2000"},
	}
	rev := func(x []GoldEvent) []GoldEvent {
		y := slices.Clone(x)
		slices.Reverse(y)
		return y
	}
	var want EventScores
	want.AddArticle(gold, sys)
	for _, c := range [][2][]GoldEvent{{rev(gold), sys}, {gold, rev(sys)}, {rev(gold), rev(sys)}} {
		var s EventScores
		s.AddArticle(c[0], c[1])
		if s.Matched != want.Matched || s.StatusRight != want.StatusRight || s.DateRight != want.DateRight || !maps.Equal(s.Confusions, want.Confusions) {
			t.Errorf("reordered: %+v, want %+v", s, want)
		}
	}
	// Each status is once on each side, so all three can agree (the
	// greedy matching got 1).
	if want.Matched != 3 || want.StatusRight != 3 {
		t.Errorf("%+v: want 3 matched, 3 status right", want)
	}
	// Against itself in any order, codings agree on everything.
	codeSame := func(a, b []GoldEvent) int {
		n := 0
		for i, j := range MatchCodings(a, b) {
			if j >= 0 && a[i] == b[j] {
				n++
			}
		}
		return n
	}
	if n := codeSame(gold, rev(gold)); n != 3 {
		t.Errorf("gold against itself reversed: %d of 3 pairs identical", n)
	}
}

// TestEventScoresNA: a figure with nothing to divide by prints "n/a", not
// 0.0, which would read as a failure.
func TestEventScoresNA(t *testing.T) {
	var s EventScores
	s.AddArticle([]GoldEvent{{Source: "FRA", Target: "-", CAMEO: "010", Status: "occurred", Date: "2000"}}, nil)
	var b strings.Builder
	s.Write(&b)
	for _, want := range []string{"precision n/a  recall 0.0  F1 n/a", "status correct n/a (0/0), date correct n/a (0/0)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}
