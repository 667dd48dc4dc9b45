package coder

// Ancestry asked of a sentence's tree in constant time. The coder asks
// "does token k hang under token a?" once per trigger and actor of a
// sentence (inTriggerClause); walking up the heads each time made a
// run-on sentence of a thousand clauses cost T×A×depth steps, minutes for
// one article. The heads do not change once newSent has repaired them,
// so one depth-first pass numbers the tree and every later question
// compares two numbers.

// ancestry holds each token's entry and exit number in a depth-first walk
// of the sentence's tree, by token index - from; -1 for a token no root
// reaches (the heads a walk up would follow are then asked one by one).
type ancestry struct{ in, out, depth []int32 }

// hangsUnder reports a equal to k or among k's heads, as a walk up
// s.head from k would find it.
func (s *sent) hangsUnder(k, a int) bool {
	return s.hangsWithin(k, a, -1)
}

// hangsWithin is hangsUnder for a at most maxSteps heads above k (no
// limit when maxSteps < 0).
func (s *sent) hangsWithin(k, a, maxSteps int) bool {
	if s.inside(k) && s.inside(a) {
		an := s.ancestry()
		ki, ai := an.in[k-s.from], an.in[a-s.from]
		if ki >= 0 && ai >= 0 {
			if ai > ki || an.out[k-s.from] > an.out[a-s.from] {
				return false
			}
			return maxSteps < 0 || int(an.depth[k-s.from]-an.depth[a-s.from]) <= maxSteps
		}
	}
	for steps := 0; k >= 0 && (maxSteps < 0 || steps <= maxSteps); k, steps = s.head(k), steps+1 {
		if k == a {
			return true
		}
	}
	return false
}

func (s *sent) ancestry() *ancestry {
	if s.anc != nil {
		return s.anc
	}
	n := s.to - s.from
	an := &ancestry{in: make([]int32, n), out: make([]int32, n), depth: make([]int32, n)}
	for k := range an.in {
		an.in[k] = -1
	}
	var clock int32
	type frame struct{ tok, next int }
	var stack []frame
	for r := s.from; r < s.to; r++ {
		if s.head(r) >= 0 {
			continue
		}
		an.in[r-s.from] = clock
		clock++
		stack = append(stack[:0], frame{r, 0})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			kids := s.kids(f.tok)
			if f.next < len(kids) {
				c := kids[f.next]
				f.next++
				an.in[c-s.from] = clock
				an.depth[c-s.from] = an.depth[f.tok-s.from] + 1
				clock++
				stack = append(stack, frame{c, 0})
				continue
			}
			an.out[f.tok-s.from] = clock
			clock++
			stack = stack[:len(stack)-1]
		}
	}
	s.anc = an
	return an
}
