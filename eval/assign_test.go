package eval

import (
	"slices"
	"testing"
)

// bestSum tries every pairing of the smaller side into the larger one.
func bestSum(w [][]int64) int64 {
	rows := len(w)
	if rows == 0 {
		return 0
	}
	cols := len(w[0])
	var best int64 = -1
	used := make([]bool, cols)
	var rec func(i, paired int, sum int64)
	rec = func(i, paired int, sum int64) {
		if i == rows {
			if paired == min(rows, cols) {
				best = max(best, sum)
			}
			return
		}
		for j := range cols {
			if !used[j] {
				used[j] = true
				rec(i+1, paired+1, sum+w[i][j])
				used[j] = false
			}
		}
		if rows > cols {
			// a row may stay unpaired only when rows outnumber columns
			rec(i+1, paired, sum)
		}
	}
	rec(0, 0, 0)
	return best
}

func TestAssign(t *testing.T) {
	for _, w := range [][][]int64{
		{},
		{{5}},
		{{1, 2}, {2, 9}},
		{{7, 0, 0}, {7, 6, 0}},
		{{3}, {4}, {1}},
		{{0, 0}, {0, 0}},
		{{9, 8, 7, 1}, {9, 1, 1, 1}, {9, 8, 1, 1}},
		{{2, 3, 0}, {3, 2, 3}, {0, 3, 2}, {1, 1, 1}},
	} {
		got := assign(w)
		var sum int64
		n := 0
		seen := map[int]bool{}
		for i, j := range got {
			if j < 0 {
				continue
			}
			if seen[j] {
				t.Fatalf("%v: column %d twice in %v", w, j, got)
			}
			seen[j] = true
			sum += w[i][j]
			n++
		}
		if len(w) > 0 && n != min(len(w), len(w[0])) {
			t.Errorf("%v: %d pairs in %v", w, n, got)
		}
		if want := bestSum(w); len(w) > 0 && sum != want {
			t.Errorf("%v: sum %d, best is %d (%v)", w, sum, want, got)
		}
		if again := assign(w); !slices.Equal(again, got) {
			t.Errorf("%v: %v then %v", w, got, again)
		}
	}
}
