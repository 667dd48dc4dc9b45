package actors

import (
	"strings"
	"testing"
)

// TestCountryApposition: an unknown name followed by a country's title
// with no article takes the title's code, and a later bare surname refers
// back to it; the test fails with the rule off.
func TestCountryApposition(t *testing.T) {
	c := NewCoder(testKB(t))
	tests := []struct {
		name, text, date string
		ents             []ent
		want, not        string
	}{
		{
			name: "possessive title after the name",
			text: "Tomas Verlaan, Norway's chief negotiator for fisheries, arrived. Verlaan said talks would go on.",
			date: "2021-03-04",
			ents: []ent{{"Tomas Verlaan", "PER", 0}, {"Verlaan", "PER", 1}},
			want: "Tomas Verlaan=NORGOV; Norway's chief negotiator=NORGOV; Verlaan=NORGOV>0",
		},
		{
			name: "adjective title after the name",
			text: "Arben Kola, Albanian deputy foreign minister, spoke.",
			date: "2021-03-04",
			ents: []ent{{"Arben Kola", "PER", 0}},
			want: "Arben Kola=ALBGOV",
		},
		{
			name: "a list running into another name is no apposition",
			text: "Arben Kola, Albanian Foreign Minister Olta Xhacka and others spoke.",
			date: "2021-03-04",
			ents: []ent{{"Arben Kola", "PER", 0}, {"Olta Xhacka", "PER", 0}},
			not:  "Arben Kola=",
		},
		{
			name: "plural officials are no apposition",
			text: "Arben Kola, Albanian officials said, left.",
			date: "2021-03-04",
			ents: []ent{{"Arben Kola", "PER", 0}},
			not:  "Arben Kola=",
		},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, tt.date, tt.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
	old := SetCountryApposition(false)
	defer SetCountryApposition(old)
	for _, tt := range tests[:2] {
		doc := makeDoc(t, tt.text, tt.date, tt.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); g == tt.want || strings.Contains(g, tt.want) {
			t.Errorf("%s with the rule off: got %s, want a difference", tt.name, g)
		}
	}
}
