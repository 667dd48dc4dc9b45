package sitrep

import (
	"encoding/json"
	"fmt"
)

// The storage form of a document's annotations: everything but the text
// (which stores keep in a column of its own for full-text search), with
// tokens as compact records. Stores compress it.

type storedToken struct {
	S int    `json:"s"`
	E int    `json:"e"`
	N int    `json:"n"`
	F string `json:"f,omitempty"`
	L string `json:"l,omitempty"`
	U string `json:"u,omitempty"`
	X string `json:"x,omitempty"`
	M string `json:"m,omitempty"`
	H int    `json:"h"`
	D string `json:"d,omitempty"`
}

type storedDoc struct {
	ID        string         `json:"id"`
	URL       string         `json:"url,omitempty"`
	Title     string         `json:"title,omitempty"`
	Source    string         `json:"source,omitempty"`
	Published string         `json:"published,omitempty"`
	Layers    Layer          `json:"layers"`
	Sentences [][2]int       `json:"sentences"`
	Tokens    []storedToken  `json:"tokens"`
	Entities  []Entity       `json:"entities,omitempty"`
	Timexes   []Timex        `json:"timexes,omitempty"`
	Quotes    []Quote        `json:"quotes,omitempty"`
	Actors    []ActorMention `json:"actors,omitempty"`
	Events    []Event        `json:"events,omitempty"`
}

// EncodeAnnotations returns the storage form of d without its text.
func EncodeAnnotations(d *Document) ([]byte, error) {
	s := storedDoc{ID: d.ID, URL: d.URL, Title: d.Title, Source: d.Source, Published: FormatDate(d.Published),
		Layers: d.Layers, Entities: d.Entities, Timexes: d.Timexes, Quotes: d.Quotes, Actors: d.Actors, Events: d.Events}
	s.Sentences = make([][2]int, len(d.Sentences))
	for i, x := range d.Sentences {
		s.Sentences[i] = [2]int{x.Start, x.End}
	}
	s.Tokens = make([]storedToken, len(d.Tokens))
	for i, t := range d.Tokens {
		s.Tokens[i] = storedToken{S: t.Start, E: t.End, N: t.Sent, F: t.Form, L: t.Lemma, U: t.UPOS, X: t.XPOS, M: t.Feats, H: t.Head, D: t.Deprel}
	}
	return json.Marshal(&s)
}

// DecodeAnnotations rebuilds a document from its text and storage form,
// checking that every token and sentence lies inside the text.
func DecodeAnnotations(text string, b []byte) (*Document, error) {
	var s storedDoc
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("stored annotations: %w", err)
	}
	d := &Document{ID: s.ID, URL: s.URL, Title: s.Title, Source: s.Source, Text: text, Layers: s.Layers,
		Entities: s.Entities, Timexes: s.Timexes, Quotes: s.Quotes, Actors: s.Actors, Events: s.Events}
	if s.Published != "" {
		t, err := ParseDate(s.Published)
		if err != nil {
			return nil, fmt.Errorf("stored annotations: published: %w", err)
		}
		d.Published = t
	}
	n := len(text)
	d.Sentences = make([]Sentence, len(s.Sentences))
	for i, x := range s.Sentences {
		if x[0] < 0 || x[1] < x[0] || x[1] > n {
			return nil, fmt.Errorf("stored annotations: sentence %d outside the text", i)
		}
		d.Sentences[i] = Sentence{Start: x[0], End: x[1]}
	}
	d.Tokens = make([]Token, len(s.Tokens))
	for i, t := range s.Tokens {
		if t.S < 0 || t.E < t.S || t.E > n || t.N < 0 || t.N >= len(d.Sentences) || t.H < -1 || t.H >= len(s.Tokens) {
			return nil, fmt.Errorf("stored annotations: token %d out of range", i)
		}
		d.Tokens[i] = Token{Start: t.S, End: t.E, Sent: t.N, Form: t.F, Lemma: t.L, UPOS: t.U, XPOS: t.X, Feats: t.M, Head: t.H, Deprel: t.D}
	}
	d.IndexSentences()
	return d, nil
}
