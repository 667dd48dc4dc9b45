package coder

import "testing"

// TestHasOnTimeIsNoParticle: "seized upon Monday" read with "upon" not
// hung on the verb is a day, not "seize upon" (criticism); "seized upon
// the remark" is.
func TestHasOnTimeIsNoParticle(t *testing.T) {
	cases := []struct {
		parse string
		timex []int
		want  bool
	}{
		{"critics/critic/2/nsubj seized/seize/0/root upon/upon/4/advmod monday/monday/2/obl:upon", []int{4}, false},
		{"critics/critic/2/nsubj seized/seize/0/root upon/upon/4/advmod remarks/remark/2/obl:upon", nil, true},
	}
	for _, c := range cases {
		s := handSent(t, c.parse, c.timex...)
		a := frameArgs{self: 1, subj: 0, obj: -1, iobj: -1, xcomp: -1, ccomp: -1, agent: -1, obl: map[string][]int{"upon": {3}}}
		if got := s.hasOn(1, a); got != c.want {
			t.Errorf("%s: hasOn = %v, want %v", c.parse, got, c.want)
		}
	}
}
