package actors

import (
	"strings"
	"testing"
)

// TestGenderAgreement: "she" skips a person known male by a title or a
// given name, "he" one known female; unknown persons stay candidates.
func TestGenderAgreement(t *testing.T) {
	c := NewCoder(testKB(t))
	names := []ent{{"Angela Merkel", "PER", 0}, {"Vladimir Putin", "PER", 0}}
	tests := []struct {
		name, text string
		arcs       []string
		ents       []ent
		want       string
	}{
		{
			name: "she skips a man named Vladimir",
			text: "German Chancellor Angela Merkel spoke on Monday. Russian President Vladimir Putin arrived later. She said the talks went well.",
			arcs: []string{"Merkel nsubj spoke PROPN", "spoke root - VERB", "Putin nsubj arrived PROPN", "arrived root - VERB",
				"She nsubj said PRON", "said root - VERB"},
			ents: names,
			want: "She=DEU",
		},
		{
			name: "she skips Mr.",
			text: "German Chancellor Angela Merkel spoke on Monday. Mr. Putin arrived later. She said the talks went well.",
			arcs: []string{"Merkel nsubj spoke PROPN", "spoke root - VERB", "Putin nsubj arrived PROPN", "arrived root - VERB",
				"She nsubj said PRON", "said root - VERB"},
			ents: []ent{{"Angela Merkel", "PER", 0}, {"Putin", "PER", 0}},
			want: "She=DEU",
		},
		{
			name: "he after an object skips a woman subject",
			text: "German Chancellor Angela Merkel received Russian President Vladimir Putin. He said the talks went well.",
			arcs: []string{"Merkel nsubj received PROPN", "received root - VERB", "Putin obj received PROPN",
				"He nsubj said PRON", "said root - VERB"},
			ents: names,
			want: "He=RUS",
		},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2015-06-02", tt.ents...)
		handParse(doc, tt.arcs...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); !strings.Contains(g, tt.want) {
			t.Errorf("%s: got %s, want %s", tt.name, g, tt.want)
		}
	}
}

// TestGenderAgreementOff: without the rule the nearest person wins,
// so the tests above fail with it off.
func TestGenderAgreementOff(t *testing.T) {
	old := SetGender(false)
	defer SetGender(old)
	c := NewCoder(testKB(t))
	doc := makeDoc(t, "German Chancellor Angela Merkel spoke on Monday. Mr. Putin arrived later. She said the talks went well.",
		"2015-06-02", ent{"Angela Merkel", "PER", 0}, ent{"Putin", "PER", 0})
	handParse(doc, "Merkel nsubj spoke PROPN", "spoke root - VERB", "Putin nsubj arrived PROPN", "arrived root - VERB",
		"She nsubj said PRON", "said root - VERB")
	if err := c.Process(doc); err != nil {
		t.Fatal(err)
	}
	if g := got(doc); !strings.Contains(g, "She=RUS") {
		t.Errorf("off: got %s, want She=RUS", g)
	}
}

// TestMentionGender: titles and given names known to one list only.
func TestMentionGender(t *testing.T) {
	for _, tt := range []struct {
		text, per  string
		start, end int
		want       byte
	}{
		{"Mrs. Ortiz spoke.", "Ortiz", 1, 2, 'f'},
		{"Queen Sofia spoke.", "Sofia", 0, 2, 'f'},
		{"Sheikh Hamad spoke.", "Hamad", 0, 2, 'm'},
		{"Senator Ortiz spoke.", "Ortiz", 0, 2, 0},
		{"Angela Ortiz spoke.", "Angela Ortiz", 0, 2, 'f'},
		{"Senator John Ortiz spoke.", "John Ortiz", 0, 3, 'm'},
		{"Georgia businessman John Ortiz spoke.", "John Ortiz", 0, 4, 'm'},
		{"Georgia Ortiz spoke.", "Ortiz", 0, 2, 0},
		{"Jordan spoke.", "Jordan", 0, 1, 0},
	} {
		doc := makeDoc(t, tt.text, "2015-06-02", ent{tt.per, "PER", 0})
		for i := range doc.Tokens {
			doc.Tokens[i].UPOS = "PROPN"
		}
		if g := mentionGender(doc, tt.start, tt.end); g != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, g, tt.want)
		}
	}
}
