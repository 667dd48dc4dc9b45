package perceptron

import "testing"

func TestMean(t *testing.T) {
	a, b := Add(Start(1), "a"), Add(Start(1), "b")
	m1, m2 := New(2), New(2)
	m1.Add([]uint64{a}, 0, 2)
	m1.Tick()
	m2.Add([]uint64{a, b}, 1, 4)
	m2.Tick()
	m1.Average()
	m2.Average()
	mean, err := Mean(m1, m2)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		f    uint64
		want [2]float32
	}{
		{a, [2]float32{1, 2}}, // in both models
		{b, [2]float32{0, 2}}, // in one: zero in the other
	} {
		s := make([]float32, 2)
		mean.Scores([]uint64{tc.f}, s)
		if s[0] != tc.want[0] || s[1] != tc.want[1] {
			t.Errorf("feature %x: %v, want %v", tc.f, s, tc.want)
		}
	}
	if _, err := Mean(); err == nil {
		t.Error("mean of no models accepted")
	}
	if _, err := Mean(New(2)); err == nil {
		t.Error("model in training accepted")
	}
	if _, err := Mean(m1, func() *Model { m := New(3); m.Average(); return m }()); err == nil {
		t.Error("models with different classes accepted")
	}
}
