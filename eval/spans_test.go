package eval

import (
	"math"
	"strings"
	"testing"
)

func TestSpanScore(t *testing.T) {
	for _, tc := range []struct {
		name       string
		gold, pred []Span
		want       Counts
		f1         float64
	}{
		{"empty", nil, nil, Counts{}, 0},
		{"exact", []Span{{0, 5, "PER"}}, []Span{{0, 5, "PER"}}, Counts{1, 0, 0}, 1},
		{"wrong label", []Span{{0, 5, "PER"}}, []Span{{0, 5, "ORG"}}, Counts{0, 1, 1}, 0},
		{"wrong boundary", []Span{{0, 5, "PER"}}, []Span{{0, 4, "PER"}}, Counts{0, 1, 1}, 0},
		{"half", []Span{{0, 5, "PER"}, {6, 9, "LOC"}}, []Span{{6, 9, "LOC"}}, Counts{1, 0, 1}, 2.0 / 3},
		{"duplicate prediction", []Span{{0, 5, "PER"}}, []Span{{0, 5, "PER"}, {0, 5, "PER"}}, Counts{1, 1, 0}, 2.0 / 3},
	} {
		var s SpanScore
		s.Add(tc.gold, tc.pred)
		if s.All != tc.want {
			t.Errorf("%s: counts %+v, want %+v", tc.name, s.All, tc.want)
		}
		if math.Abs(s.All.F1()-tc.f1) > 1e-9 {
			t.Errorf("%s: F1 %v, want %v", tc.name, s.All.F1(), tc.f1)
		}
	}
}

func TestSpanScoreByLabel(t *testing.T) {
	var s SpanScore
	s.Add([]Span{{0, 1, "PER"}, {2, 3, "LOC"}}, []Span{{0, 1, "PER"}, {4, 5, "ORG"}})
	s.Add([]Span{{0, 1, "LOC"}}, []Span{{0, 1, "LOC"}})
	if got := *s.ByLabel["LOC"]; got != (Counts{1, 0, 1}) {
		t.Errorf("LOC %+v", got)
	}
	if got := *s.ByLabel["ORG"]; got != (Counts{0, 1, 0}) {
		t.Errorf("ORG %+v", got)
	}
	var b strings.Builder
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "overall    66.67   66.67   66.67      2      1      1") {
		t.Errorf("table:\n%s", b.String())
	}
}
