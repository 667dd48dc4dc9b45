// Package nlptest builds annotated documents from compact strings, so that
// tests of later components need neither models nor gold files.
package nlptest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// Parse builds a parsed document. Sentences are separated by " || "; each
// token is form/lemma/UPOS/head/deprel with head 1-based within its
// sentence (0 for the root). Tokens are joined by single spaces.
//
//	Parse("China/China/PROPN/2/nsubj attacked/attack/VERB/0/root", "2024-03-14")
func Parse(src, published string) (*sitrep.Document, error) {
	d := &sitrep.Document{ID: "test"}
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			return nil, err
		}
		d.Published = t
	}
	var b strings.Builder
	for si, sentSrc := range strings.Split(src, " || ") {
		if si > 0 {
			b.WriteByte(' ')
		}
		base := len(d.Tokens)
		start := b.Len()
		fields := strings.Fields(sentSrc)
		for ti, tok := range fields {
			p := strings.Split(tok, "/")
			if len(p) != 5 {
				return nil, fmt.Errorf("sentence %d token %d %q: want form/lemma/UPOS/head/deprel", si+1, ti+1, tok)
			}
			h, err := strconv.Atoi(p[3])
			if err != nil || h < 0 || h > len(fields) {
				return nil, fmt.Errorf("sentence %d token %d %q: bad head", si+1, ti+1, tok)
			}
			if ti > 0 {
				b.WriteByte(' ')
			}
			t := sitrep.Token{Start: b.Len(), Sent: si, Lemma: p[1], UPOS: p[2], Head: -1, Deprel: p[4]}
			b.WriteString(p[0])
			t.End = b.Len()
			if h > 0 {
				t.Head = base + h - 1
			}
			d.Tokens = append(d.Tokens, t)
		}
		d.Sentences = append(d.Sentences, sitrep.Sentence{Start: start, End: b.Len(), TokStart: base, TokEnd: len(d.Tokens)})
	}
	d.Text = b.String()
	d.Layers = sitrep.LayerSentences | sitrep.LayerTokens | sitrep.LayerTags | sitrep.LayerLemmas | sitrep.LayerDeps
	return d, nil
}

// find returns the span of the n-th (0-based) occurrence of text.
func find(d *sitrep.Document, text string) (int, int, error) {
	i := strings.Index(d.Text, text)
	if i < 0 {
		return 0, 0, fmt.Errorf("%q not in %q", text, d.Text)
	}
	return i, i + len(text), nil
}

// Actor adds an actor mention over the first occurrence of text.
func Actor(d *sitrep.Document, text, code string) error {
	s, e, err := find(d, text)
	if err != nil {
		return err
	}
	m := sitrep.ActorMention{Span: d.MakeSpan(s, e), Code: code, Ref: -1}
	if len(code) >= 3 && !strings.HasPrefix(code, "IGO") {
		m.Country = code[:3]
		m.Sector = code[3:]
	}
	d.Actors = append(d.Actors, m)
	d.Layers |= sitrep.LayerActors
	return nil
}

// Entity adds a named entity over the first occurrence of text.
func Entity(d *sitrep.Document, text, label string) error {
	s, e, err := find(d, text)
	if err != nil {
		return err
	}
	d.Entities = append(d.Entities, sitrep.Entity{Span: d.MakeSpan(s, e), Label: label})
	d.Layers |= sitrep.LayerEntities
	return nil
}

// Timex adds a DATE time expression over the first occurrence of text.
func Timex(d *sitrep.Document, text, value string) error {
	s, e, err := find(d, text)
	if err != nil {
		return err
	}
	d.Timexes = append(d.Timexes, sitrep.Timex{Span: d.MakeSpan(s, e), Type: "DATE", Value: value})
	d.Layers |= sitrep.LayerTimexes
	return nil
}
