package ner

import (
	"math"
	"math/rand"
	"os"
	"strings"
	"testing"

	"sitrep/internal/perceptron"
)

// TestDenseIsTheShippedModel checks the table decode scores with against
// the model file's: every row of the shipped model comes out with its own
// weights, and absent features score as the compact table scores them.
func TestDenseIsTheShippedModel(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sums := make([]int32, nClasses)
	rows := 0
	r.comp.Rows(func(k uint64, cls []int, w []int16) {
		rows++
		clear(sums)
		r.dense.SumGroups([]uint64{k}, []int{1}, sums)
		want := make([]int32, nClasses)
		for i, c := range cls {
			want[c] = int32(w[i])
		}
		for c := range want {
			if sums[c] != want[c] {
				t.Fatalf("row %x: %v, want %v", k, sums, want)
			}
		}
	})
	if rows != r.Features() {
		t.Fatalf("%d rows, the model has %d", rows, r.Features())
	}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		k := []uint64{rng.Uint64()}
		want, got := make([]float32, nClasses), make([]float32, nClasses)
		r.comp.Scores(k, want)
		clear(sums)
		r.dense.SumGroups(k, []int{1}, sums)
		r.dense.AddSums(sums, got)
		for c := range want {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
				t.Fatalf("absent feature %x: %v, want %v", k[0], got, want)
			}
		}
	}
}

// TestScoreListsMatchesScores checks, for every token of the news sample
// and every class before it, that scoreLists gives the scores of one
// Compact.Scores call per feature list, the search's way before it, bit
// for bit.
func TestScoreListsMatchesScores(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	sc := r.pool.New().(*scratch)
	checked := 0
	for _, line := range strings.Split(string(text), "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		s := &sc.s
		s.reset(words, nil, r.gaz, nil)
		for i := range words {
			// All the classes before, in beams of at most beamWidth.
			all := []int{-1}
			for c := 0; c < nClasses; c++ {
				all = append(all, c)
			}
			for len(all) > 0 {
				prevs := all[:min(len(all), beamWidth)]
				all = all[len(prevs):]
				sc.feats = staticFeatures(s, i, sc.feats[:0])
				sc.ends = append(sc.ends[:0], len(sc.feats))
				for _, p := range prevs {
					sc.feats = transFeatures(s, i, p, false, sc.feats)
					sc.ends = append(sc.ends, len(sc.feats))
				}
				r.scoreLists(sc, prevs)
				want := make([]float32, nClasses)
				r.comp.Scores(sc.feats[:sc.ends[0]], want)
				same(t, "static", sc.scores, want)
				for k, p := range prevs {
					copy(want, r.trans[p+1][:])
					r.comp.Scores(sc.feats[sc.ends[k]:sc.ends[k+1]], want)
					same(t, "transition", sc.trans[k][:], want)
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

func same(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for c := range want {
		if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
			t.Fatalf("%s scores %v, want %v", what, got, want)
		}
	}
}

func TestTabulatedHashesAndTransitions(t *testing.T) {
	for k, tmpl := range []uint64{fP1, fP1Word, fP1Shape, fGazP1, fGazP1Hi} {
		for p := -1; p < nClasses; p++ {
			if got, want := prevStarts[k][p+1], perceptron.AddInt(perceptron.Start(tmpl), p); got != want {
				t.Errorf("prevStarts template %d class %d: %x, want %x", tmpl, p, got, want)
			}
		}
	}
	for _, tmpl := range []uint64{fGaz, fGazPrev, fGazNext, fGazShape} {
		for b := 0; b < 64; b++ {
			if got, want := gazStarts[tmpl-fGaz][b], perceptron.AddInt(perceptron.Start(tmpl), b); got != want {
				t.Errorf("gazStarts template %d bit %d: %x, want %x", tmpl, b, got, want)
			}
		}
	}
	for l, last := range []bool{false, true} {
		for p := -1; p < nClasses; p++ {
			for c := 0; c < nClasses; c++ {
				if allowedAfter[l][p+1][c] != allowed(p, c, last) {
					t.Errorf("allowedAfter %v %d %d differs from allowed", last, p, c)
				}
			}
		}
	}
}
