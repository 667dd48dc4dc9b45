package actors

import (
	"testing"

	"sitrep"
)

// TestAdjectiveHead: a list noun the tagger reads as an adjective after a
// linking verb is a predicate, no actor (review29 finding 6); before a
// name it stays a noun. With the rule off the predicate is an actor.
// Made-up sentences.
func TestAdjectiveHead(t *testing.T) {
	c := NewCoder(testKB(t))
	tags := map[string]string{".": "PUNCT", "and": "CCONJ", "hopeful": "ADJ", "cautiously": "ADV",
		"Kenyan": "ADJ", "remained": "VERB", "are": "AUX", "praised": "VERB", "spoke": "VERB", "in": "ADP",
		"Uganda": "PROPN", "Nairobi": "PROPN", "Odinga": "PROPN", "Raila": "PROPN"}
	tests := []struct {
		name, text string
		want, not  string
		off        bool
	}{
		{"after remained", "Kenyan officials remained hopeful and praised Uganda .", "Kenyan officials=KENGOV", "hopeful=", false},
		{"after are and an adverb", "Kenyan diplomats are cautiously hopeful .", "", "hopeful=", false},
		{"before a name", "Kenyan presidential hopeful Raila Odinga spoke in Nairobi .", "=KENOPP", "", false},
		{"rule off", "Kenyan officials remained hopeful and praised Uganda .", "hopeful=", "", true},
	}
	for _, tt := range tests {
		old := SetAdjectiveHead(!tt.off)
		doc := makeDoc(t, tt.text, "2024-03-03")
		for i := range doc.Tokens {
			if u, ok := tags[doc.TokenText(i)]; ok {
				doc.Tokens[i].UPOS = u
			} else {
				doc.Tokens[i].UPOS = "NOUN"
			}
		}
		doc.Layers |= sitrep.LayerTags
		err := c.Process(doc)
		SetAdjectiveHead(old)
		if err != nil {
			t.Fatal(err)
		}
		wantCodes(t, tt.name, got(doc), tt.want, tt.not)
	}
}
