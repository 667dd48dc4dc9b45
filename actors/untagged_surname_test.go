package actors

import (
	"testing"
)

// TestUntaggedSurname: a later bare surname refers back to the person named
// in full before, also when the NER tagged it as a place or left it
// untagged; a capitalised word that is no earlier person's surname stays
// no actor.
func TestUntaggedSurname(t *testing.T) {
	c := NewCoder(testKB(t))
	full := "Bolivian President Marco Aldana Ruiz spoke on Monday. "
	tests := []struct {
		name, text string
		ents       []ent
		want, not  string
	}{
		{
			name: "a surname tagged as a place",
			text: full + "Ruiz thanked Chile.",
			ents: []ent{{"Marco Aldana Ruiz", "PER", 0}, {"Ruiz", "LOC", 1}, {"Chile", "LOC", 0}},
			want: "Ruiz=BOLGOV>0",
		},
		{
			name: "a surname left untagged",
			text: full + "Ruiz thanked Chile.",
			ents: []ent{{"Marco Aldana Ruiz", "PER", 0}, {"Chile", "LOC", 0}},
			want: "Ruiz=BOLGOV>0",
		},
		{
			name: "an inner name left untagged",
			text: full + "On Tuesday, Aldana thanked Chile.",
			ents: []ent{{"Marco Aldana Ruiz", "PER", 0}, {"Chile", "LOC", 0}},
			want: "Aldana=BOLGOV>0",
		},
		{
			name: "no earlier full name",
			text: "Bolivia's president spoke on Monday. Ruiz thanked Chile.",
			ents: []ent{{"Bolivia", "LOC", 0}, {"Ruiz", "LOC", 0}, {"Chile", "LOC", 0}},
			not:  "; Ruiz=",
		},
		{
			name: "an untagged word inside a longer name",
			text: full + "Officials met at Ruiz Stadium.",
			ents: []ent{{"Marco Aldana Ruiz", "PER", 0}},
			not:  "; Ruiz=",
		},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-03-05", tt.ents...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}
