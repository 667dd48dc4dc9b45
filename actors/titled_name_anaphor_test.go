package actors

import (
	"strings"
	"testing"
)

// TestTitledNameNoAnaphor: "the + title + name" is the named person, not
// the last holder of the title; the case fails with the rule off.
func TestTitledNameNoAnaphor(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "Bill Clinton spoke in Little Rock. The former president Rupert Castellan met students in Cairo."
	run := func() string {
		doc := makeDoc(t, text, "2012-03-01", ent{"Bill Clinton", "PER", 0}, ent{"Little Rock", "LOC", 0},
			ent{"Rupert Castellan", "PER", 0}, ent{"Cairo", "LOC", 0})
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		return got(doc)
	}
	bad := "former president Rupert Castellan=USAELI>0"
	if g := run(); strings.Contains(g, bad) || !strings.Contains(g, "former president Rupert Castellan") {
		t.Errorf("got %s, want the named president apart, no %s", g, bad)
	}
	old := SetTitledNameNoAnaphor(false)
	if g := run(); !strings.Contains(g, bad) {
		t.Errorf("with the rule off: got %s, want %s", g, bad)
	}
	SetTitledNameNoAnaphor(old)
}
