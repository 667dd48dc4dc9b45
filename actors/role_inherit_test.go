package actors

import (
	"strings"
	"testing"
)

// TestInheritRole: "the king" finds a king named in full beyond the
// anaphor window through a bare surname that refers to him; the test
// fails with the rule off.
func TestInheritRole(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "Prime Minister Tomas Verlaan of Norway arrived in Cairo on Monday. The talks lasted two hours. Trade was discussed. Farmers waited outside. Egypt's president greeted Verlaan at the airport. Aides said the prime minister would return home."
	ents := []ent{{"Tomas Verlaan", "PER", 0}, {"Verlaan", "PER", 1}}
	run := func() string {
		doc := makeDoc(t, text, "2021-03-04", ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		return got(doc)
	}
	g := run()
	if !strings.Contains(g, "prime minister=NORGOV") {
		t.Errorf("got %s, want prime minister=NORGOV", g)
	}
	old := SetInheritRole(false)
	defer SetInheritRole(old)
	if g := run(); strings.Contains(g, "prime minister=NORGOV") {
		t.Errorf("with the rule off: got %s, want no prime minister=NORGOV", g)
	}
}
