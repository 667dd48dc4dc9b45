package actors

import (
	"testing"

	"sitrep"
)

// A lowercase word the KB lacks between a country adjective (or a word of
// the phrase after it) and a craft's noun is the craft's kind: the phrase
// is the country's craft, as "Chinese ships" is.
func TestCraftModifier(t *testing.T) {
	c := NewCoder(testKB(t))
	tags := map[string]string{"Two": "NUM", "A": "DET", "the": "DET", ".": "PUNCT",
		"Peruvian": "ADJ", "Chilean": "ADJ", "military": "ADJ",
		"blocked": "VERB", "crossed": "VERB", "met": "VERB"}
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"after the adjective", "Two Peruvian patrol ships blocked the port .", "Two Peruvian patrol ships=PER", ""},
		{"after a military word", "A Chilean military transport plane crossed the line .", "Chilean military transport plane=CHLMIL", ""},
		{"not a craft after a military word", "Chilean military transport officials met .", "", "transport officials="},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2024-03-03")
		for i := range doc.Tokens {
			w := doc.Tokens[i].Form
			if u, ok := tags[w]; ok {
				doc.Tokens[i].UPOS = u
			} else {
				doc.Tokens[i].UPOS = "NOUN"
			}
		}
		doc.Layers |= sitrep.LayerTags
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		g := got(doc)
		wantCodes(t, tt.name, g, tt.want, tt.not)
	}
}
