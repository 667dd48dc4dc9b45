package parse

import (
	"cmp"
	"slices"
)

// Beam search keeps the k best move sequences instead of one. Every
// arc-hybrid parse of n words takes exactly 2n moves, so hypotheses stay
// comparable step by step. Training is the global perceptron with early
// update (Collins & Roark 2004; Zhang & Clark 2008): as soon as the gold
// sequence falls out of the beam, the gold prefix is rewarded and the best
// hypothesis's prefix penalised.

// hyp is one hypothesis of the beam.
type hyp struct {
	s     *state
	score float32
	moves []int
	gold  bool // every move so far is the oracle's
}

type cand struct {
	from, move int
	score      float32
	gold       bool
}

func (s *state) copyFrom(o *state) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.label = append(s.label[:0], o.label...)
	s.l1 = append(s.l1[:0], o.l1...)
	s.l2 = append(s.l2[:0], o.l2...)
	s.r1 = append(s.r1[:0], o.r1...)
	s.r2 = append(s.r2[:0], o.r2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.ls = append(s.ls[:0], o.ls...)
	s.rs = append(s.rs[:0], o.rs...)
}

// startBeam puts the initial configuration alone in the beam.
func (wk *work) startBeam(k int) {
	for len(wk.beam) < k {
		wk.beam = append(wk.beam, hyp{s: newState(0)})
		wk.next = append(wk.next, hyp{s: newState(0)})
	}
	wk.beam = wk.beam[:k]
	wk.next = wk.next[:k]
	h := &wk.beam[0]
	h.s.reset(wk.x.len())
	h.score, h.moves, h.gold = 0, h.moves[:0], true
	wk.live = 1
}

// expand advances every live hypothesis by one move and keeps the k best.
// goldMove marks which successor of the gold hypothesis is gold (none when
// parsing).
func (p *Parser) expand(wk *work, k, goldMove int) {
	wk.cands = wk.cands[:0]
	for i := 0; i < wk.live; i++ {
		h := &wk.beam[i]
		wk.feats = moveFeatures(h.s, &wk.x, wk.feats[:0])
		sc := wk.scores[:nMoves]
		clear(sc)
		p.moves.Scores(wk.feats, sc)
		for m := 0; m < nMoves; m++ {
			if h.s.valid(m) {
				wk.cands = append(wk.cands, cand{i, m, h.score + sc[m], h.gold && m == goldMove})
			}
		}
	}
	// A total order, so that equal scores cannot make runs differ.
	slices.SortFunc(wk.cands, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.from, b.from); c != 0 {
			return c
		}
		return cmp.Compare(a.move, b.move)
	})
	n := min(k, len(wk.cands))
	for j := 0; j < n; j++ {
		c := wk.cands[j]
		from, nh := &wk.beam[c.from], &wk.next[j]
		nh.s.copyFrom(from.s)
		nh.moves = append(append(nh.moves[:0], from.moves...), c.move)
		nh.score, nh.gold = c.score, c.gold
		h, d := nh.s.apply(c.move)
		if d == none {
			continue
		}
		if h == nh.s.n {
			nh.s.setLabel(d, p.root)
			continue
		}
		nh.s.setLabel(d, p.predictLabel(wk, nh.s, h, d))
	}
	wk.beam, wk.next = wk.next, wk.beam
	wk.live = n
}

// parseBeam runs beam search over wk.x; the best tree is left in wk.s.
func (p *Parser) parseBeam(wk *work) {
	wk.startBeam(p.beam)
	for !wk.beam[0].s.terminal() {
		p.expand(wk, p.beam, none)
	}
	wk.s.copyFrom(wk.beam[0].s)
}

// staticOracle returns the gold move sequence of a projective tree, or
// nil when the tree cannot be reached without loss.
func staticOracle(heads []int) []int {
	n := len(heads) - 1
	s := newState(n)
	var moves []int
	for !s.terminal() {
		best := none
		// Prefer arcs to shifts: arcs are decided as soon as they are
		// safe, which keeps the stack short.
		for _, m := range [...]int{left, right, shift} {
			if s.valid(m) && s.cost(m, heads) == 0 {
				best = m
				break
			}
		}
		if best == none {
			return nil
		}
		moves = append(moves, best)
		s.apply(best)
	}
	return moves
}

// replay walks moves from the initial configuration, giving each move's
// features to update, and labels arcs as in labels (the final state of the
// hypothesis the moves come from).
func replay(s *state, x *sentence, moves []int, labels []int, feats []uint64, update func(feats []uint64, move int)) []uint64 {
	s.reset(x.len())
	for _, m := range moves {
		feats = moveFeatures(s, x, feats[:0])
		update(feats, m)
		if _, d := s.apply(m); d != none {
			s.setLabel(d, max(labels[d], 0))
		}
	}
	return feats
}
