package actors

import (
	"testing"

	"sitrep"
)

// An international organisation's name opening a title ("EU fisheries
// commissioner", "EU Trade Commissioner") makes the titled person the
// organisation's, as a country's name does; a capitalised "Commission"
// alone or before a title is the executive of the organisation named
// before. Made-up sentences.
func TestIGOTitles(t *testing.T) {
	c := NewCoder(testKB(t))
	tags := map[string]string{"The": "DET", "the": "DET", ".": "PUNCT", "said": "VERB", "met": "VERB",
		"fined": "VERB", "would": "AUX", "appeal": "VERB", "it": "PRON", "outside": "ADP", "protested": "VERB",
		"Lena": "PROPN", "Holm": "PROPN", "Norway": "PROPN", "European": "PROPN", "Union": "PROPN",
		"EU": "PROPN", "Commission": "PROPN", "Australian": "ADJ", "High": "PROPN", "Fisheries": "PROPN"}
	tests := []struct {
		name, text string
		ents       []ent
		want, not  string
	}{
		{"lowercase portfolio", "EU fisheries commissioner Lena Holm met reporters .",
			[]ent{{text: "EU", label: "ORG"}, {text: "Lena Holm", label: "PER"}}, "EU fisheries commissioner Lena Holm=IGOEUREEC", ""},
		{"capitalised portfolio", "EU Fisheries Commissioner Lena Holm met reporters .",
			[]ent{{text: "EU", label: "ORG"}, {text: "Lena Holm", label: "PER"}}, "EU Fisheries Commissioner Lena Holm=IGOEUREEC", ""},
		{"Commission before a title", "The European Union fined Norway . Commission Vice-President Lena Holm met reporters .",
			[]ent{{text: "European Union", label: "ORG"}, {text: "Lena Holm", label: "PER"}}, "Vice-President Lena Holm=IGOEUREEC", ""},
		{"the Commission", "The European Union fined Norway . The Commission said it would appeal .",
			[]ent{{text: "European Union", label: "ORG"}}, "Commission=IGOEUREEC", ""},
		{"a lowercase commission", "The European Union fined Norway . The commission said it would appeal .",
			[]ent{{text: "European Union", label: "ORG"}}, "", "commission="},
		{"a country's Commission", "The European Union fined Norway . Norway's Fisheries Commission said it would appeal .",
			[]ent{{text: "European Union", label: "ORG"}}, "", "Commission=IGO"},
		{"another body's Commission", "The European Union fined Norway . Crowds protested outside the Australian High Commission .",
			[]ent{{text: "European Union", label: "ORG"}}, "", "Commission=IGO"},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-03-03", tt.ents...)
		tagDoc(doc, tags)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}

// TestIGOTitlesOff: without the rule the titled people and the Commission
// are no longer the organisation's.
func TestIGOTitlesOff(t *testing.T) {
	igoTitles = false
	defer func() { igoTitles = true }()
	c := NewCoder(testKB(t))
	tags := map[string]string{"The": "DET", ".": "PUNCT", "said": "VERB", "met": "VERB", "fined": "VERB", "would": "AUX", "appeal": "VERB", "it": "PRON"}
	cases := []struct {
		text string
		ents []ent
		not  string
	}{
		{"EU fisheries commissioner Lena Holm met reporters .", []ent{{text: "EU", label: "ORG"}, {text: "Lena Holm", label: "PER"}}, "Lena Holm=IGO"},
		{"The European Union fined Norway . The Commission said it would appeal .", []ent{{text: "European Union", label: "ORG"}}, "Commission=IGO"},
	}
	for _, tt := range cases {
		doc := makeDoc(t, tt.text, "2024-03-03", tt.ents...)
		tagDoc(doc, tags)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.text, got(doc), "", tt.not)
	}
}

// tagDoc gives each token the tag its word has in tags, else NOUN.
func tagDoc(doc *sitrep.Document, tags map[string]string) {
	for i := range doc.Tokens {
		tk := &doc.Tokens[i]
		if u, ok := tags[doc.Text[tk.Start:tk.End]]; ok {
			tk.UPOS = u
		} else {
			tk.UPOS = "NOUN"
		}
	}
	doc.Layers |= sitrep.LayerTags
}
