package perceptron

import (
	"math"
	"math/rand"
	"testing"
)

// TestScoresAddsTheRows checks Scores on sparse tables against sums made
// row by row from Rows: the same floats bit for bit, for tables of up to
// 128 classes (addRun's masked array) and more (the slice), rows of every
// length from empty (no nonzero weight, an empty run) to full (so that the four-at-a-time loop and its tail
// both run), the extreme weights, and lists of present, absent, zero and
// repeated keys, short and longer than a chunk of 64.
func TestScoresAddsTheRows(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, nc := range []int{4, 13, 89, 127, 128, 129, 300} {
		c := NewCompact(nc, 400, 0.003)
		keys := []uint64{0}
		for len(keys) < 400 {
			keys = append(keys, rng.Uint64())
		}
		row := make([]int16, nc)
		for i, k := range keys {
			// Row i has about i % (nc+1) nonzero weights.
			for j := range row {
				row[j] = 0
				if rng.Intn(nc+1) < i%(nc+1) {
					row[j] = int16(rng.Intn(65536) - 32768)
				}
			}
			if i%5 != 0 {
				// The extreme weights; every fifth row is left as
				// drawn, so rows with no nonzero weight (an empty
				// run) are among them.
				row[rng.Intn(nc)] = []int16{-32768, 32767, 1, -1}[i%4]
			}
			c.Put(k, row)
		}
		rows := map[uint64][]int32{}
		c.Rows(func(k uint64, cls []int, w []int16) {
			r := make([]int32, nc)
			for i, cl := range cls {
				r[cl] = int32(w[i])
			}
			rows[k] = r
		})
		for trial := 0; trial < 200; trial++ {
			var feats []uint64
			for range rng.Intn(150) {
				switch rng.Intn(4) {
				case 0:
					feats = append(feats, rng.Uint64())
				case 1:
					feats = append(feats, 0)
				default:
					feats = append(feats, keys[rng.Intn(len(keys))])
				}
			}
			sum := make([]int32, nc)
			for _, k := range feats {
				if k == 0 {
					k = 1 // as Scores reads it; key 0 was stored as 1
				}
				for j, v := range rows[k] {
					sum[j] += v
				}
			}
			want := make([]float32, nc)
			for j, v := range sum {
				want[j] += float32(v) * c.Scale()
			}
			got := make([]float32, nc)
			c.Scores(feats, got)
			for j := range want {
				if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
					t.Fatalf("%d classes, list %v: class %d scores %v, rows give %v", nc, feats, j, got[j], want[j])
				}
			}
		}
	}
}

// TestPutRefusesLongRows: a row of more weights than the table has classes
// is a caller's error, which Put reports by panicking rather than letting
// Scores drop or misfile the extra classes (review29 finding 8).
func TestPutRefusesLongRows(t *testing.T) {
	for _, nc := range []int{3, 13, 128, 300} {
		c := NewCompact(nc, 4, 0.01)
		if !c.Put(7, make([]int16, nc)) {
			t.Fatalf("%d classes: a row of NClasses weights refused", nc)
		}
		if !c.Put(8, make([]int16, nc-1)) {
			t.Fatalf("%d classes: a shorter row refused", nc)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%d classes: a row of %d weights put without a panic", nc, nc+1)
				}
			}()
			c.Put(9, make([]int16, nc+1))
		}()
	}
}
