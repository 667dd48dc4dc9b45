package coder

import (
	"strconv"
	"strings"
	"testing"

	"sitrep"
)

// handSent builds a one-sentence document from a compact parse, one
// word a field: "form/lemma/head/deprel" or "form/lemma/head/deprel/UPOS",
// head the 1-based index of the head word (0 for the root), as in CoNLL-U. Words in timex (1-based)
// are one time expression each. The tests of small tree helpers build
// their parses by hand, so that they do not hang on the parser's reading.
func handSent(t *testing.T, parse string, timex ...int) *sent {
	t.Helper()
	d := &sitrep.Document{}
	var text strings.Builder
	for _, w := range strings.Fields(parse) {
		f := strings.Split(w, "/")
		if len(f) != 4 && len(f) != 5 {
			t.Fatalf("word %q: want form/lemma/head/deprel[/upos]", w)
		}
		upos := ""
		if len(f) == 5 {
			upos = f[4]
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("word %q: %v", w, err)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(f[0])
		d.Tokens = append(d.Tokens, sitrep.Token{Start: start, End: text.Len(), Lemma: f[1], UPOS: upos, Head: h - 1, Deprel: f[3]})
	}
	d.Text = text.String()
	d.Sentences = []sitrep.Sentence{{Start: 0, End: len(d.Text), TokStart: 0, TokEnd: len(d.Tokens)}}
	for _, k := range timex {
		tk := d.Tokens[k-1]
		d.Timexes = append(d.Timexes, sitrep.Timex{Span: d.MakeSpan(tk.Start, tk.End), Type: "DATE"})
	}
	return newSent(d, 0)
}
