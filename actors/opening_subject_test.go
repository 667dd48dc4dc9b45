package actors

import (
	"strings"
	"testing"
)

// TestOpeningSubject: a person who opens the sentence before is whom the
// next sentence's "He" stands for, even when the parse made the name no
// subject (an adjective, "Young" read as "young"), rather than the person
// named last in an oblique (pair30). Made-up sentences.
func TestOpeningSubject(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "Prime Minister Keith Rowley spoke on Monday . Rowley said the decision was part of the pressure on President Nicolas Maduro . He said his government would ask for talks ."
	build := func() string {
		d := makeDoc(t, text, "2024-04-09", ent{"Keith Rowley", "PER", 0}, ent{"Rowley", "PER", 1}, ent{"Nicolas Maduro", "PER", 0})
		at := func(w string) int {
			for i := range d.Tokens {
				if d.TokenText(i) == w {
					return i
				}
			}
			t.Fatalf("no %q", w)
			return -1
		}
		upos := map[string]string{"said": "VERB", "was": "AUX", "on": "ADP", "He": "PRON", "his": "PRON", "would": "AUX", "ask": "VERB"}
		for i := range d.Tokens {
			d.Tokens[i].UPOS = upos[d.TokenText(i)]
		}
		said, maduro, he := at("said"), at("Maduro"), at("He")
		// The misparse: "Rowley" an adverb of "said", not its subject.
		r := d.Sentences[1].TokStart
		d.Tokens[r].Head, d.Tokens[r].Deprel, d.Tokens[r].UPOS = said, "advmod", "ADJ"
		d.Tokens[maduro].Head, d.Tokens[maduro].Deprel = said+4, "nmod"
		d.Tokens[he].Head, d.Tokens[he].Deprel = he+1, "nsubj"
		if err := c.Process(d); err != nil {
			t.Fatal(err)
		}
		return got(d)
	}
	if g := build(); !strings.Contains(g, "He=TTOGOV") {
		t.Errorf("got %s, want He=TTOGOV", g)
	}
	openingSubject = false
	defer func() { openingSubject = true }()
	if g := build(); !strings.Contains(g, "He=VENGOV") {
		t.Errorf("with the rule off: got %s, want He=VENGOV", g)
	}
}

// TestOpeningSubjectDateline: in a datelined first sentence the name
// that opens it stands after the dateline, not at the sentence's first
// token (review finding 3). Made-up sentences.
func TestOpeningSubjectDateline(t *testing.T) {
	c := NewCoder(testKB(t))
	text := "PORT OF SPAIN , April 9 (Sitrep) — Keith Rowley said the decision was part of the pressure on President Nicolas Maduro . He said his government would ask for talks ."
	build := func() string {
		d := makeDoc(t, text, "2024-04-09", ent{"PORT OF SPAIN", "LOC", 0}, ent{"Keith Rowley", "PER", 0}, ent{"Nicolas Maduro", "PER", 0})
		at := func(w string) int {
			for i := range d.Tokens {
				if d.TokenText(i) == w {
					return i
				}
			}
			t.Fatalf("no %q", w)
			return -1
		}
		upos := map[string]string{"said": "VERB", "was": "AUX", "on": "ADP", "He": "PRON", "his": "PRON", "would": "AUX", "ask": "VERB"}
		for i := range d.Tokens {
			d.Tokens[i].UPOS = upos[d.TokenText(i)]
		}
		said, keith, maduro, he := at("said"), at("Keith"), at("Maduro"), at("He")
		// The misparse: "Rowley" an adverb of "said", not its subject.
		d.Tokens[keith].Head, d.Tokens[keith].Deprel = keith+1, "compound"
		d.Tokens[keith+1].Head, d.Tokens[keith+1].Deprel, d.Tokens[keith+1].UPOS = said, "advmod", "ADJ"
		d.Tokens[maduro].Head, d.Tokens[maduro].Deprel = said+4, "nmod"
		d.Tokens[he].Head, d.Tokens[he].Deprel = he+1, "nsubj"
		if err := c.Process(d); err != nil {
			t.Fatal(err)
		}
		return got(d)
	}
	if g := build(); !strings.Contains(g, "He=TTOGOV") {
		t.Errorf("got %s, want He=TTOGOV", g)
	}
	openingSubject = false
	defer func() { openingSubject = true }()
	if g := build(); !strings.Contains(g, "He=VENGOV") {
		t.Errorf("with the rule off: got %s, want He=VENGOV", g)
	}
}
