package actors

import (
	"strings"
	"testing"
)

// TestObjectPronoun: "him" after a verb group is not the subject of that
// verb ("Putin telephoned him" is someone else), but the person before a
// phrase that is no bare verb group still is.
func TestObjectPronoun(t *testing.T) {
	c := NewCoder(testKB(t))
	// The tagger's parts of speech, which makeDoc does not give.
	upos := map[string]string{"also": "ADV", "telephoned": "VERB", "met": "VERB", "thanked": "VERB", "and": "CCONJ", "on": "ADP", "Monday": "PROPN"}
	tests := []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{
			name: "the verb's subject is not the pronoun's antecedent",
			text: "Ukrainian President Volodymyr Zelensky spoke. Russian President Vladimir Putin also telephoned him.",
			ents: []ent{{"Volodymyr Zelensky", "PER", 0}, {"Vladimir Putin", "PER", 0}},
			want: "him=UKRGOV>0",
		},
		{
			name: "the person before a longer phrase is",
			text: "Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky on Monday and thanked him.",
			ents: []ent{{"Vladimir Putin", "PER", 0}, {"Volodymyr Zelensky", "PER", 0}},
			want: "him=UKRGOV>1",
		},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2022-04-02", tt.ents...)
		for i := range doc.Tokens {
			doc.Tokens[i].UPOS = upos[doc.TokenText(i)]
		}
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		if g := got(doc); !strings.Contains(g, tt.want) {
			t.Errorf("%s: got %s, want %s", tt.name, g, tt.want)
		}
	}
}
