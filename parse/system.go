package parse

// The transition system is arc-hybrid (Kuhlmann et al. 2011) with the root
// at the bottom of the stack. The buffer is always a suffix of the
// sentence, so it is a single index. Attaching to the root is allowed only
// when the buffer is empty, which guarantees a single root per sentence,
// as UD requires.

const (
	shift = iota
	left  // s0 ← b0: pop s0, attach it to b0
	right // s1 → s0: pop s0, attach it to s1
	nMoves
)

const none = -1

// state is a parser configuration over a sentence of n words; word n is
// the root.
type state struct {
	n     int
	stack []int
	b     int // first word of the buffer
	head  []int
	label []int
	// The two leftmost and rightmost children of each word, their counts,
	// and a bit set of the labels of left and right children.
	l1, l2, r1, r2 []int
	nl, nr         []int
	ls, rs         []uint64
}

func newState(n int) *state {
	s := &state{}
	s.reset(n)
	return s
}

// reset prepares s for a sentence of n words, reusing its memory.
func (s *state) reset(n int) {
	s.n, s.b = n, 0
	s.stack = append(s.stack[:0], n)
	m := n + 1
	for _, p := range []*[]int{&s.head, &s.label, &s.l1, &s.l2, &s.r1, &s.r2, &s.nl, &s.nr} {
		if cap(*p) < m {
			*p = make([]int, m)
		}
		*p = (*p)[:m]
	}
	for _, p := range []*[]uint64{&s.ls, &s.rs} {
		if cap(*p) < m {
			*p = make([]uint64, m)
		}
		*p = (*p)[:m]
	}
	for i := 0; i < m; i++ {
		s.head[i], s.label[i] = none, none
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = none, none, none, none
		s.nl[i], s.nr[i], s.ls[i], s.rs[i] = 0, 0, 0, 0
	}
}

func (s *state) terminal() bool { return s.b == s.n && len(s.stack) == 1 }

// st returns the i-th word from the top of the stack, or none. The root
// counts as a stack word.
func (s *state) st(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return none
}

// buf returns the i-th word of the buffer, or none.
func (s *state) buf(i int) int {
	if s.b+i < s.n {
		return s.b + i
	}
	return none
}

func (s *state) valid(move int) bool {
	switch move {
	case shift:
		return s.b < s.n
	case left:
		return len(s.stack) >= 2 && s.b < s.n
	case right:
		return len(s.stack) >= 3 || (len(s.stack) == 2 && s.b == s.n)
	}
	return false
}

// apply performs move and returns the arc it made (head, dependent), or
// none, none for a shift. The label is set separately with setLabel.
func (s *state) apply(move int) (h, d int) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
		return none, none
	case left:
		h, d = s.b, s.stack[len(s.stack)-1]
	default:
		h, d = s.stack[len(s.stack)-2], s.stack[len(s.stack)-1]
	}
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d] = h
	if d < h {
		s.nl[h]++
		switch {
		case s.l1[h] == none || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] == none || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		switch {
		case s.r1[h] == none || d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case s.r2[h] == none || d > s.r2[h]:
			s.r2[h] = d
		}
	}
	return h, d
}

func (s *state) setLabel(d, l int) {
	s.label[d] = l
	h := s.head[d]
	if d < h {
		s.ls[h] |= 1 << (uint(l) & 63)
	} else {
		s.rs[h] |= 1 << (uint(l) & 63)
	}
}

// cost is the number of gold arcs that move makes unreachable (the dynamic
// oracle of Goldberg & Nivre 2013 for arc-hybrid). It is exact for
// projective gold trees; for the others it is a usable approximation.
// gold[i] is the gold head of word i, n for the root.
func (s *state) cost(move int, gold []int) int {
	c := 0
	switch move {
	case shift:
		// b0 can no longer take a head from below s0 nor be the head of
		// anything on the stack.
		b0 := s.b
		for i, w := range s.stack {
			if gold[w] == b0 {
				c++
			}
			if gold[b0] == w && i < len(s.stack)-1 {
				c++
			}
		}
	case left:
		// s0 can no longer take its head from s1 or the buffer beyond b0,
		// nor take dependents from the buffer.
		s0 := s.stack[len(s.stack)-1]
		if h := gold[s0]; (h > s.b && h < s.n) || (len(s.stack) >= 2 && h == s.stack[len(s.stack)-2]) {
			c++
		}
		for d := s.b; d < s.n; d++ {
			if gold[d] == s0 {
				c++
			}
		}
	case right:
		// s0 can no longer take its head or dependents from the buffer.
		s0 := s.stack[len(s.stack)-1]
		if h := gold[s0]; h >= s.b && h < s.n {
			c++
		}
		for d := s.b; d < s.n; d++ {
			if gold[d] == s0 {
				c++
			}
		}
	}
	return c
}
