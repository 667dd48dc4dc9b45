package actors

import (
	"strings"
	"testing"
)

// TestPreviousSubjects: "Its" opening a sentence as part of its main
// subject is the previous sentence's subject's, not the last country
// named (its object); with the rule off it is the object's. Made-up
// sentences with a hand-made parse.
func TestPreviousSubjects(t *testing.T) {
	c := NewCoder(testKB(t))
	run := func() string {
		doc := makeDoc(t, "Chile criticised Peru. Its foreign ministry summoned an envoy.", "2024-06-01",
			ent{"Chile", "LOC", 0}, ent{"Peru", "LOC", 0})
		withDeps(t, doc, []arc{
			{"criticised", "", "root", "VERB"}, {"Chile", "criticised", "nsubj", "PROPN"}, {"Peru", "criticised", "obj", "PROPN"},
			{"summoned", "", "root", "VERB"}, {"ministry", "summoned", "nsubj", "NOUN"}, {"foreign", "ministry", "amod", "ADJ"},
			{"Its", "ministry", "nmod:poss", "PRON"}, {"envoy", "summoned", "obj", "NOUN"},
		})
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		return got(doc)
	}
	wantCodes(t, "its after a subject and an object", run(), "foreign ministry=CHLGOV", "PERGOV")
	old := SetPreviousSubjects(false)
	if g := run(); !strings.Contains(g, "PERGOV") {
		t.Errorf("with the rule off: got %s, want the object's PERGOV", g)
	}
	SetPreviousSubjects(old)
}
