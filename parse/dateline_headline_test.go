package parse

import (
	"testing"

	"sitrep"
	"sitrep/tokenize"
)

// TestWithDatelinesAfterHeadline: a dateline that opens the paragraph
// after a headline line is parsed apart from the lead it prefixes, as a
// first-line one is; the switch off, the lead goes to the parser whole.
// A made-up story.
func TestWithDatelinesAfterHeadline(t *testing.T) {
	text := "Envoy stays despite aid cut\n\nHARARE (Sitrep) — Zimbabwe said on Monday it would keep the envoy. Britain protested."
	for _, on := range []bool{true, false} {
		datelineHeadline = on
		d := &sitrep.Document{Text: text}
		if err := tokenize.New().Process(d); err != nil {
			t.Fatal(err)
		}
		inner := &chain{}
		if err := WithDatelines(inner).Process(d); err != nil {
			t.Fatal(err)
		}
		want := 3
		if on {
			want = 4 // headline, dateline, lead, second
		}
		if len(inner.seen) != want {
			t.Errorf("switch %v: inner parser saw %d sentences, want %d", on, len(inner.seen), want)
		}
		if len(d.Sentences) != 3 {
			t.Fatalf("document has %d sentences after parsing, want 3", len(d.Sentences))
		}
		from, to := d.SentenceTokens(1)
		if on && (d.Tokens[from].Head != d.DatelineEnd(from, to) || d.Tokens[from].Deprel != "parataxis") {
			t.Errorf("dateline root HARARE: head %d %q, want %d parataxis", d.Tokens[from].Head, d.Tokens[from].Deprel, d.DatelineEnd(from, to))
		}
	}
	datelineHeadline = true
}
