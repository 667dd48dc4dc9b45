package perceptron

import (
	"bytes"
	"strings"
	"testing"
)

func TestCompactMatchesModel(t *testing.T) {
	m := New(3)
	feats := [][]uint64{{Start(1), Add(Start(2), "x")}, {Start(1), Add(Start(2), "y")}, {Start(1), Add(Start(2), "z")}, {0, Start(1)}}
	for it := 0; it < 10; it++ {
		for gold, f := range feats {
			s := make([]float32, 3)
			m.Scores(f, s)
			m.Update(f, gold%3, Best(s, nil), 1)
			m.Tick()
		}
	}
	m.Average()
	c, err := m.Compact(0)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.Write(&buf, "v1"); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadCompact(bytes.NewReader(buf.Bytes()), "v2"); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Fatalf("version mismatch not caught: %v", err)
	}
	file := buf.Bytes()
	c2, err := ReadCompact(bytes.NewReader(file), "v1")
	if err != nil {
		t.Fatal(err)
	}
	if c2.Features() != m.Features() {
		t.Fatalf("features: got %d, want %d", c2.Features(), m.Features())
	}
	for _, f := range feats {
		want, got := make([]float32, 3), make([]float32, 3)
		m.Scores(f, want)
		c2.Scores(f, got)
		for j := range want {
			if d := want[j] - got[j]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("scores differ for %v: model %v, compact %v", f, want, got)
			}
		}
	}
	for _, bad := range []string{"", "garbage", string(file[:len(file)/2])} {
		if _, err := ReadCompact(strings.NewReader(bad), "v1"); err == nil {
			t.Fatalf("%q accepted", bad)
		}
	}
}

func FuzzReadCompact(f *testing.F) {
	m := New(2)
	m.Update([]uint64{1, 2}, 0, 1, 1)
	m.Tick()
	m.Average()
	c, _ := m.Compact(0)
	var buf bytes.Buffer
	c.Write(&buf, "v")
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ReadCompact(bytes.NewReader(b), "v")
		if err == nil {
			c.Scores([]uint64{1, 2, 3}, make([]float32, c.NClasses))
		}
	})
}

func TestPrunedDropsSmallRows(t *testing.T) {
	m := New(2)
	big, small := []uint64{Start(1)}, []uint64{Start(2)}
	m.Update(big, 0, 1, 1)
	m.Tick()
	m.Update(small, 0, 1, 0.01)
	m.Tick()
	m.Average()
	c, err := m.Compact(0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Features() != 2 {
		t.Fatalf("compact kept %d rows, want 2", c.Features())
	}
	p := c.Pruned(0.1)
	if p.Features() != 1 {
		t.Fatalf("pruned kept %d rows, want 1", p.Features())
	}
	s := make([]float32, 2)
	p.Scores(big, s)
	if s[0] <= 0 || s[1] >= 0 {
		t.Fatalf("pruned model lost the big row: %v", s)
	}
}
