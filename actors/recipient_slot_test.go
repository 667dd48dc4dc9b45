package actors

import (
	"strings"
	"testing"
)

// TestRecipientSlots: a country after "to" in a recipient's slot (aid,
// supplies, a protest) or after "intervention in" is an actor; after a
// motion verb it stays a place. The first cases lose the country with
// the rule off. Made-up sentences.
func TestRecipientSlots(t *testing.T) {
	c := NewCoder(testKB(t))
	run := func(text string, ents ...ent) string {
		doc := makeDoc(t, text, "2024-06-01", ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		return got(doc)
	}
	for _, tc := range []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"aid to", "Norway sent food aid to Yemen.", []ent{{"Norway", "LOC", 0}, {"Yemen", "LOC", 0}}, "Yemen=YEM"},
		{"supplies to", "Russia cut gas supplies to Moldova.", []ent{{"Russia", "LOC", 0}, {"Moldova", "LOC", 0}}, "Moldova=MDA"},
		{"protested to", "Chile protested to Peru on Monday.", []ent{{"Chile", "LOC", 0}, {"Peru", "LOC", 0}}, "Peru=PER"},
		{"intervention in", "The bloc warned of an intervention in Mali.", []ent{{"Mali", "LOC", 0}}, "Mali=MLI"},
	} {
		wantCodes(t, tc.name, run(tc.text, tc.ents...), tc.want, "")
		old := SetRecipientSlots(false)
		if g := run(tc.text, tc.ents...); strings.Contains(g, tc.want) {
			t.Errorf("%s: with the rule off: got %s, want no %s", tc.name, g, tc.want)
		}
		SetRecipientSlots(old)
	}
	// A journey's "to" stays a place.
	wantCodes(t, "flew to", run("The minister flew to Kenya on Monday.", ent{"Kenya", "LOC", 0}), "", "Kenya=KEN")
}
