package actors

import (
	"strings"
	"testing"

	"sitrep"
)

// handParse gives doc a hand-made dependency parse: each arc is
// "word deprel head upos", words by their first occurrence at or after
// the previous arc's word, a head of "-" for the root.
func handParse(doc *sitrep.Document, arcs ...string) {
	find := func(w string, from int) int {
		for i := from; i < len(doc.Tokens); i++ {
			if doc.TokenText(i) == w {
				return i
			}
		}
		return -1
	}
	at := 0
	for _, a := range arcs {
		f := strings.Fields(a)
		i := find(f[0], at)
		at = i
		doc.Tokens[i].Deprel, doc.Tokens[i].UPOS = f[1], f[3]
		if f[2] != "-" {
			sent := doc.Tokens[i].Sent
			lo := i
			for lo > 0 && doc.Tokens[lo-1].Sent == sent {
				lo--
			}
			doc.Tokens[i].Head = find(f[2], lo)
		}
	}
}

// TestSubjectPronoun: "he" after a clause whose last person is its object
// stands for the clause's subject, and "him" then for the object.
func TestSubjectPronoun(t *testing.T) {
	c := NewCoder(testKB(t))
	names := []ent{{"Volodymyr Zelensky", "PER", 0}, {"Vladimir Putin", "PER", 0}}
	// "Ukrainian President Volodymyr Zelensky" and "Russian President
	// Vladimir Putin" hang on their surnames.
	person := func(adj, first, last, rel, head string) []string {
		return []string{adj + " amod " + last + " ADJ", "President compound " + last + " PROPN",
			first + " flat " + last + " PROPN", last + " " + rel + " " + head + " PROPN"}
	}
	tests := []struct {
		name, text string
		arcs       []string
		want       []string
	}{
		{
			name: "he after an object is the subject before",
			text: "Ukrainian President Volodymyr Zelensky received Russian President Vladimir Putin. He said the talks went well.",
			arcs: append(append(append(person("Ukrainian", "Volodymyr", "Zelensky", "nsubj", "received"), "received root - VERB"),
				person("Russian", "Vladimir", "Putin", "obj", "received")...), "He nsubj said PRON", "said root - VERB"),
			want: []string{"He=UKRGOV>0"},
		},
		{
			name: "him is not the subject of its own clause",
			text: "Ukrainian President Volodymyr Zelensky received Russian President Vladimir Putin. He was ready to talk to him.",
			arcs: append(append(append(person("Ukrainian", "Volodymyr", "Zelensky", "nsubj", "received"), "received root - VERB"),
				person("Russian", "Vladimir", "Putin", "obj", "received")...),
				"He nsubj ready PRON", "was cop ready AUX", "ready root - ADJ", "talk xcomp ready VERB", "him obl talk PRON"),
			want: []string{"He=UKRGOV>0", "him=RUSGOV>1"},
		},
		{
			name: "he after a subject stays with it",
			text: "Ukrainian President Volodymyr Zelensky spoke after Russian President Vladimir Putin. He said the talks went well.",
			arcs: append(append(append(person("Ukrainian", "Volodymyr", "Zelensky", "obl", "spoke"), "spoke root - VERB"),
				person("Russian", "Vladimir", "Putin", "nsubj", "spoke")...), "He nsubj said PRON", "said root - VERB"),
			want: []string{"He=RUSGOV>1"},
		},
	}
	for _, tt := range tests {
		doc := makeDoc(t, tt.text, "2022-04-02", names...)
		handParse(doc, tt.arcs...)
		if err := c.Process(doc); err != nil {
			t.Fatal(err)
		}
		g := got(doc)
		for _, w := range tt.want {
			if !strings.Contains(g, w) {
				t.Errorf("%s: got %s, want %s", tt.name, g, w)
			}
		}
	}
}

// TestSurnameHe: "He" before a given name is a surname, not a pronoun.
func TestSurnameHe(t *testing.T) {
	doc := makeDoc(t, "Vice Premier He Lifeng arrived.", "2025-05-10")
	handParse(doc, "He nsubj Lifeng PRON", "Lifeng root - PROPN")
	if subjectHeShe(doc, 2) {
		t.Errorf("He of He Lifeng read as a subject pronoun")
	}
	doc = makeDoc(t, "He arrived.", "2025-05-10")
	handParse(doc, "He nsubj arrived PRON", "arrived root - VERB")
	if !subjectHeShe(doc, 0) {
		t.Errorf("He of He arrived not read as a subject pronoun")
	}
}
