package actors

import (
	"strings"
	"testing"
)

// TestObjectPronounOwnSubjectPerson: "him" in "Putin spoke with him" is
// not Putin, though Putin was first named in the sentence before
// (judge30); with the rule off, it is.
func TestObjectPronounOwnSubjectPerson(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "Ukrainian President Volodymyr Zelensky did not meet Russian President Vladimir Putin. Putin spoke with him by telephone."
	build := func() (doc interface{ TokenText(int) string }, run func() string) {
		d := makeDoc(t, text, "2022-04-02", ent{"Volodymyr Zelensky", "PER", 0}, ent{"Vladimir Putin", "PER", 0}, ent{"Putin", "PER", 1})
		at := func(w string, n int) int {
			for i := range d.Tokens {
				if d.TokenText(i) == w {
					if n == 0 {
						return i
					}
					n--
				}
			}
			t.Fatalf("no %q", w)
			return -1
		}
		upos := map[string]string{"did": "AUX", "not": "PART", "meet": "VERB", "spoke": "VERB", "with": "ADP", "by": "ADP", "him": "PRON"}
		for i := range d.Tokens {
			d.Tokens[i].UPOS = upos[d.TokenText(i)]
		}
		spoke, putin, him := at("spoke", 0), at("Putin", 1), at("him", 0)
		d.Tokens[putin].Head, d.Tokens[putin].Deprel = spoke, "nsubj"
		d.Tokens[him].Head, d.Tokens[him].Deprel = spoke, "obl"
		return d, func() string {
			if err := c.Process(d); err != nil {
				t.Fatal(err)
			}
			return got(d)
		}
	}
	_, run := build()
	if g := run(); !strings.Contains(g, "him=UKRGOV") {
		t.Errorf("got %s, want him=UKRGOV", g)
	}
	ownSubjectPersonSwitch = false
	defer func() { ownSubjectPersonSwitch = true }()
	_, run = build()
	if g := run(); strings.Contains(g, "him=UKRGOV") {
		t.Errorf("with the rule off: got %s, want him not Zelensky", g)
	}
}
