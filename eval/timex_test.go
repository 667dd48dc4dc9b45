package eval

import (
	"strings"
	"testing"

	"sitrep"
)

func tx(start, end int, typ, value string) sitrep.Timex {
	return sitrep.Timex{Span: sitrep.Span{Start: start, End: end}, Type: typ, Value: value}
}

func TestTimexScore(t *testing.T) {
	tests := []struct {
		name      string
		gold, sys []sitrep.Timex
		want      TimexScore
	}{
		{"exact", []sitrep.Timex{tx(0, 5, "DATE", "2024")}, []sitrep.Timex{tx(0, 5, "DATE", "2024")},
			TimexScore{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, Type: 1, Value: 1}},
		{"overlap with a wrong value", []sitrep.Timex{tx(0, 10, "DATE", "2024-03")}, []sitrep.Timex{tx(5, 10, "DATE", "2024")},
			TimexScore{Gold: 1, Sys: 1, Relaxed: 1, Type: 1}},
		{"touching spans do not overlap", []sitrep.Timex{tx(0, 5, "DATE", "2024")}, []sitrep.Timex{tx(5, 9, "DATE", "2024")},
			TimexScore{Gold: 1, Sys: 1}},
		// It goes to the gold span it overlaps more (b, 4 bytes against
		// 3), not to the first in text order.
		{"one system span for two gold ones", []sitrep.Timex{tx(0, 3, "DATE", "a"), tx(4, 8, "DATE", "b")}, []sitrep.Timex{tx(0, 8, "DATE", "b")},
			TimexScore{Gold: 2, Sys: 1, Relaxed: 1, Type: 1, Value: 1}},
		// The straddling system span overlaps the first gold span most,
		// but taking it there would leave the second gold span without
		// the only partner it has: two pairs beat one.
		{"a straddling span does not starve its neighbour", []sitrep.Timex{tx(0, 10, "DATE", "a"), tx(8, 12, "DATE", "b")},
			[]sitrep.Timex{tx(0, 4, "DATE", "a"), tx(5, 12, "DATE", "b")},
			TimexScore{Gold: 2, Sys: 2, Relaxed: 2, Type: 2, Value: 2}},
		{"the larger overlap wins", []sitrep.Timex{tx(0, 10, "DURATION", "P3Y")}, []sitrep.Timex{tx(0, 2, "DATE", "x"), tx(3, 10, "DURATION", "P3Y")},
			TimexScore{Gold: 1, Sys: 2, Relaxed: 1, Type: 1, Value: 1}},
		{"nothing found", []sitrep.Timex{tx(0, 3, "DATE", "a")}, nil, TimexScore{Gold: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s TimexScore
			s.Add(tc.gold, tc.sys)
			if s != tc.want {
				t.Errorf("got %+v, want %+v", s, tc.want)
			}
		})
	}
}

func TestTimexFigures(t *testing.T) {
	s := TimexScore{Gold: 10, Sys: 8, Strict: 6, Relaxed: 8, Type: 7, Value: 6}
	if got := s.RelaxedSpan(); got != (Counts{TP: 8, FP: 0, FN: 2}) {
		t.Errorf("relaxed %+v", got)
	}
	// Value F1: P = 6/8, R = 6/10.
	if f := s.ValueCounts().F1(); f < 0.6666 || f > 0.6667 {
		t.Errorf("value F1 %f, want 2/3", f)
	}
	if a := s.ValueAccuracy(); a != 0.75 {
		t.Errorf("value accuracy %f", a)
	}
	var b strings.Builder
	if err := s.Write(&b); err != nil || !strings.Contains(b.String(), "relaxed span   P 100.0  R  80.0  F1  88.9") {
		t.Errorf("write: %v\n%s", err, b.String())
	}
}

func TestPairTimexesOrder(t *testing.T) {
	gold := []sitrep.Timex{tx(10, 15, "DATE", "a")}
	sys := []sitrep.Timex{tx(0, 4, "DATE", "x"), tx(10, 15, "DATE", "a"), tx(20, 24, "DATE", "y")}
	var starts []int
	for _, p := range PairTimexes(gold, sys) {
		if p.Gold != nil {
			starts = append(starts, p.Gold.Start)
		} else {
			starts = append(starts, p.Sys.Start)
		}
	}
	if len(starts) != 3 || starts[0] != 0 || starts[1] != 10 || starts[2] != 20 {
		t.Errorf("pairs out of text order: %v", starts)
	}
}
