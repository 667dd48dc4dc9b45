package parse

import (
	"math/rand/v2"
	"testing"

	"sitrep/corpus"
	"sitrep/internal/shareddata"
)

// Gold trees as head lists (1-based CoNLL-U heads, 0 for the root).
var oracleTrees = []struct {
	name  string
	heads []int
}{
	{"one word", []int{0}},
	{"chain right", []int{0, 1, 2, 3}},
	{"chain left", []int{2, 3, 4, 0}},
	// The minister said on Tuesday that talks would resume .
	{"news", []int{2, 3, 0, 5, 3, 10, 10, 10, 10, 3, 3}},
	{"root in middle, both sides", []int{3, 3, 0, 5, 3, 3}},
	{"nested", []int{2, 0, 4, 2, 6, 4, 2}},
}

// toGold converts 1-based heads to the oracle's form: 0-based, n for the
// root, with the root's own entry none.
func toGold(heads []int) []int {
	n := len(heads)
	g := make([]int, n+1)
	for i, h := range heads {
		g[i] = h - 1
		if h == 0 {
			g[i] = n
		}
	}
	g[n] = none
	return g
}

// followOracle runs the parser's moves choosing, at each step, a zero-cost
// move, except that with probability noise it takes a random valid move.
// It returns the tree and the sum of the costs of the moves taken.
func followOracle(gold []int, noise float64, rng *rand.Rand) (heads []int, lost int) {
	n := len(gold) - 1
	s := newState(n)
	for !s.terminal() {
		var valid []int
		best, bestCost := none, 1<<30
		for m := 0; m < nMoves; m++ {
			if !s.valid(m) {
				continue
			}
			valid = append(valid, m)
			if c := s.cost(m, gold); c < bestCost {
				best, bestCost = m, c
			}
		}
		if len(valid) == 0 {
			panic("no valid move in a non-terminal state")
		}
		if rng != nil && rng.Float64() < noise {
			best = valid[rng.IntN(len(valid))]
		}
		lost += s.cost(best, gold)
		s.apply(best)
	}
	return s.head[:n], lost
}

func wrongArcs(heads, gold []int) int {
	w := 0
	for i, h := range heads {
		if h != gold[i] {
			w++
		}
	}
	return w
}

func TestStaticOracleReproducesGold(t *testing.T) {
	for _, tc := range oracleTrees {
		gold := toGold(tc.heads)
		heads, lost := followOracle(gold, 0, nil)
		if lost != 0 || wrongArcs(heads, gold) != 0 {
			t.Errorf("%s: got heads %v (lost %d), want %v", tc.name, heads, lost, gold[:len(heads)])
		}
	}
}

// The dynamic oracle's promise: from any configuration, the best reachable
// tree has exactly as many wrong arcs as the costs of the moves taken so
// far add up to.
func TestDynamicOracleCostsAreExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range oracleTrees {
		gold := toGold(tc.heads)
		for trial := 0; trial < 200; trial++ {
			heads, lost := followOracle(gold, 0.3, rng)
			if w := wrongArcs(heads, gold); w != lost {
				t.Fatalf("%s: %d wrong arcs, costs added up to %d (heads %v)", tc.name, w, lost, heads)
			}
		}
	}
}

func TestOracleOnTreebank(t *testing.T) {
	if testing.Short() {
		t.Skip("gold data test skipped with -short")
	}
	path := shareddata.Need(t, "data/gum-news/news_only.dev.conllu")
	sents := readFile(t, path)
	rng := rand.New(rand.NewPCG(3, 4))
	checked := 0
	for _, s := range sents {
		heads := make([]int, len(s.Words))
		for i, w := range s.Words {
			heads[i] = w.Head
		}
		if !projective(heads) {
			continue
		}
		checked++
		gold := toGold(heads)
		if got, lost := followOracle(gold, 0, nil); lost != 0 || wrongArcs(got, gold) != 0 {
			t.Fatalf("line %d: static oracle missed %d arcs", s.Line, wrongArcs(got, gold))
		}
		if got, lost := followOracle(gold, 0.2, rng); wrongArcs(got, gold) != lost {
			t.Fatalf("line %d: %d wrong arcs, costs %d", s.Line, wrongArcs(got, gold), lost)
		}
	}
	if checked < 50 {
		t.Fatalf("only %d projective sentences", checked)
	}
}

// projective reports whether no two arcs of the tree (1-based heads, 0 for
// the root) cross.
func projective(heads []int) bool {
	for i, h := range heads {
		a, b := min(i+1, h), max(i+1, h)
		for j, g := range heads {
			c, d := min(j+1, g), max(j+1, g)
			if (a < c && c < b && b < d) || (c < a && a < d && d < b) {
				return false
			}
		}
	}
	return true
}

func readFile(t *testing.T, path string) []corpus.Sentence {
	t.Helper()
	s, err := readCoNLLU(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
