package actors

import (
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep"
)

var (
	kbOnce sync.Once
	kbTest *KB
	kbErr  error
)

// testKB loads the embedded knowledge base once for all tests.
func testKB(t testing.TB) *KB {
	t.Helper()
	kbOnce.Do(func() { kbTest, kbErr = Load() })
	if kbErr != nil {
		t.Fatalf("Load: %v", kbErr)
	}
	return kbTest
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// ent is a named entity given by its text; the nth occurrence when n > 0.
type ent struct {
	text, label string
	n           int
}

// makeDoc builds a tokenized document the way the pipeline would: tokens
// split as wordSpans does, a sentence ending at ".", "!" or "?", and the
// given entities. It stands in for the tokenizer and NER so that the test
// is about the coder alone.
func makeDoc(t testing.TB, text, published string, ents ...ent) *sitrep.Document {
	t.Helper()
	doc := &sitrep.Document{ID: "test", Text: text, Published: day(published)}
	start := 0
	for _, sp := range wordSpans(text) {
		doc.Tokens = append(doc.Tokens, sitrep.Token{Start: sp[0], End: sp[1], Sent: len(doc.Sentences), Head: -1})
		if w := text[sp[0]:sp[1]]; w == "." || w == "!" || w == "?" {
			doc.Sentences = append(doc.Sentences, sitrep.Sentence{
				Start: doc.Tokens[start].Start, End: sp[1], TokStart: start, TokEnd: len(doc.Tokens)})
			start = len(doc.Tokens)
		}
	}
	if start < len(doc.Tokens) {
		doc.Sentences = append(doc.Sentences, sitrep.Sentence{
			Start: doc.Tokens[start].Start, End: doc.Tokens[len(doc.Tokens)-1].End, TokStart: start, TokEnd: len(doc.Tokens)})
		for i := start; i < len(doc.Tokens); i++ {
			doc.Tokens[i].Sent = len(doc.Sentences) - 1
		}
	}
	for _, e := range ents {
		from := 0
		i := -1
		for k := 0; k <= e.n; k++ {
			i = strings.Index(text[from:], e.text)
			if i < 0 {
				t.Fatalf("entity %q (occurrence %d) not in %q", e.text, e.n, text)
			}
			i += from
			from = i + len(e.text)
		}
		doc.Entities = append(doc.Entities, sitrep.Entity{Span: doc.MakeSpan(i, i+len(e.text)), Label: e.label})
	}
	doc.Layers = sitrep.LayerSentences | sitrep.LayerTokens | sitrep.LayerEntities
	return doc
}

// wantCodes checks a coded document's summary (as got prints it): it
// must hold want and must not hold not, each skipped when empty.
func wantCodes(t *testing.T, name, g, want, not string) {
	t.Helper()
	if want != "" && !strings.Contains(g, want) {
		t.Errorf("%s: got %s, want %s", name, g, want)
	}
	if not != "" && strings.Contains(g, not) {
		t.Errorf("%s: got %s, want no %s", name, g, not)
	}
}
