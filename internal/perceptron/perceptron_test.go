package perceptron

import (
	"bytes"
	"strings"
	"testing"
)

func TestLearnsAndRoundTrips(t *testing.T) {
	// Two classes separable by one feature each.
	a, b := Add(Start(1), "a"), Add(Start(1), "b")
	bias := Start(2)
	m := New(2)
	for it := 0; it < 5; it++ {
		for _, ex := range []struct {
			f    []uint64
			gold int
		}{{[]uint64{a, bias}, 0}, {[]uint64{b, bias}, 1}} {
			s := make([]float32, 2)
			m.Scores(ex.f, s)
			m.Update(ex.f, ex.gold, Best(s, nil), 1)
			m.Tick()
		}
	}
	m.Average()
	var buf bytes.Buffer
	if err := m.Write(&buf, "v1"); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(bytes.NewReader(buf.Bytes()), "v2"); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Fatalf("version mismatch not caught: %v", err)
	}
	m2, err := Read(&buf, "v1")
	if err != nil {
		t.Fatal(err)
	}
	for gold, f := range [][]uint64{{a, bias}, {b, bias}} {
		s := make([]float32, 2)
		m2.Scores(f, s)
		if Best(s, nil) != gold {
			t.Fatalf("class %d misclassified: %v", gold, s)
		}
	}
	if _, err := Read(strings.NewReader("garbage"), "v1"); err == nil {
		t.Fatal("garbage accepted")
	}
}

func TestStartTable(t *testing.T) {
	for _, v := range []uint64{0, 1, 7, 255, 256, 1000, 1 << 40} {
		if Start(v) != start(v) {
			t.Errorf("Start(%d) = %x, want %x", v, Start(v), start(v))
		}
	}
}
