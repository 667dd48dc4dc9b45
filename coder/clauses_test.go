package coder

import "testing"

// TestAfterThat: "after that" is a time, not an after-phrase naming a
// party; "after Clinton" and "after him" are parties.
func TestAfterThat(t *testing.T) {
	cases := []struct {
		name, parse string
		tok         int
		want        bool
	}{
		{"after that",
			"prices/price/2/nsubj/NOUN could/could/3/aux/AUX go/go/0/root/VERB after/after/5/case/ADP that/that/3/obl/PRON", 4, true},
		{"after this",
			"prices/price/2/nsubj/NOUN could/could/3/aux/AUX go/go/0/root/VERB after/after/5/case/ADP this/this/3/obl/PRON", 4, true},
		{"after a rival",
			"Sanders/Sanders/2/nsubj/PROPN went/go/0/root/VERB after/after/4/case/ADP Clinton/Clinton/2/obl/PROPN", 3, false},
		{"after him",
			"Sanders/Sanders/2/nsubj/PROPN went/go/0/root/VERB after/after/4/case/ADP him/he/2/obl/PRON", 3, false},
	}
	for _, c := range cases {
		if got := handSent(t, c.parse).afterThat("after", c.tok); got != c.want {
			t.Errorf("%s: afterThat = %v, want %v", c.name, got, c.want)
		}
	}
	afterThatOn = false
	defer func() { afterThatOn = true }()
	if handSent(t, cases[0].parse).afterThat("after", cases[0].tok) {
		t.Error("with the rule off: afterThat still true")
	}
}
