package perceptron

import (
	"math"
	"math/rand"
	"testing"
)

// randomCompact fills a sparse table of nc classes with n rows of random
// weights, some of them zero, under random keys (0 among them).
func randomCompact(rng *rand.Rand, nc, n int) (*Compact, []uint64) {
	c := NewCompact(nc, n, 0.01)
	keys := []uint64{0}
	for len(keys) < n {
		keys = append(keys, rng.Uint64())
	}
	row := make([]int16, nc)
	for _, k := range keys {
		for j := range row {
			row[j] = 0
			if rng.Intn(3) > 0 {
				row[j] = int16(rng.Intn(65536) - 32768)
			}
		}
		c.Put(k, row)
	}
	return c, keys
}

func TestDenseRowsAreTheCompactRows(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	c, _ := randomCompact(rng, 13, 5000)
	d := c.Dense()
	n := 0
	c.Rows(func(k uint64, cls []int, w []int16) {
		n++
		want := make([]int32, 13)
		for i, cl := range cls {
			want[cl] = int32(w[i])
		}
		got := make([]int32, 13)
		d.SumGroups([]uint64{k}, []int{1}, got)
		for j := range want {
			if got[j] != want[j] {
				t.Fatalf("key %x: dense row %v, compact row %v", k, got, want)
			}
		}
	})
	if n != c.Features() {
		t.Fatalf("%d rows seen, %d in the table", n, c.Features())
	}
}

// TestDenseSumGroupsMatchesScores checks that one SumGroups call over
// several lists, then AddSums per list, gives the floats of one Scores call
// per list, bit for bit, for lists of present, absent, zero and repeated
// keys, short and longer than Scores' chunks of 64.
func TestDenseSumGroupsMatchesScores(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	const nc = 13
	c, keys := randomCompact(rng, nc, 3000)
	d := c.Dense()
	for it := 0; it < 300; it++ {
		var feats []uint64
		var ends []int
		for g := rng.Intn(10) + 1; g > 0; g-- {
			for k := rng.Intn(80); k > 0; k-- {
				switch rng.Intn(4) {
				case 0:
					feats = append(feats, rng.Uint64())
				case 1:
					feats = append(feats, 0)
				default:
					feats = append(feats, keys[rng.Intn(len(keys))])
				}
			}
			ends = append(ends, len(feats))
		}
		sums := make([]int32, len(ends)*nc)
		d.SumGroups(feats, ends, sums)
		from := 0
		for g, end := range ends {
			init := make([]float32, nc)
			for j := range init {
				init[j] = rng.Float32()*2 - 1
			}
			want := append([]float32(nil), init...)
			c.Scores(feats[from:end], want)
			got := append([]float32(nil), init...)
			d.AddSums(sums[g*nc:(g+1)*nc], got)
			for j := range want {
				if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
					t.Fatalf("iteration %d list %d class %d: %v, Scores %v", it, g, j, got[j], want[j])
				}
			}
			from = end
		}
	}
}

func TestDenseOfPackedIsNil(t *testing.T) {
	if NewCompact(3, 10, 1).Dense() != nil {
		t.Fatal("a packed table laid out dense")
	}
}
