package coder

import "testing"

// TestBareActive: a verb with no passive auxiliary is active whatever
// its subject's label; "was" makes it passive; a naming participle and a
// participle modifying a noun are no active verbs.
func TestBareActive(t *testing.T) {
	cases := []struct {
		name, parse string
		verb        int // 1-based
		want        bool
	}{
		{"no auxiliary", "ministers/minister/2/nsubj:pass negotiated/negotiate/0/root for/for/4/case hours/hour/2/obl", 2, true},
		{"was", "ministers/minister/3/nsubj:pass were/be/3/aux:pass detained/detain/0/root", 3, false},
		{"known as", "Londono/Londono/2/nsubj:pass known/know/0/root as/as/4/case Tiger/Tiger/2/obl", 2, false},
		{"a participle of a noun", "talks/talk/0/root mediated/mediate/1/acl by/by/4/case Qatar/Qatar/2/obl", 2, false},
	}
	for _, c := range cases {
		s := handSent(t, c.parse)
		if got := s.bareActive(c.verb - 1); got != c.want {
			t.Errorf("%s: bareActive = %v, want %v", c.name, got, c.want)
		}
	}
}
