// Package tokenize splits English news text into sentences and tokens that
// follow the conventions of UD English EWT: clitics are words of their own
// ("do" + "n't"), punctuation is split off, abbreviations keep their period
// ("U.S.", "Gen."), and hyphenated words are split except after prefixes
// ("well - known", "non-profit"). The rules consult word lists derived from
// the UD English EWT and GUM news training sets, embedded in the binary.
package tokenize

import (
	"sync"

	"sitrep"
)

// Tokenizer is the rule-based tokenizer and sentence splitter. It holds only
// read-only word lists, so one Tokenizer serves any number of goroutines.
type Tokenizer struct {
	lex *lexicon
}

// New returns a Tokenizer. The word lists are parsed on the first call and
// shared by every Tokenizer after that.
func New() *Tokenizer { return &Tokenizer{lex: loadLexicon()} }

// Name implements nlp.Component.
func (t *Tokenizer) Name() string { return "tokenize" }

// Needs implements nlp.Component: the tokenizer reads only the text.
func (t *Tokenizer) Needs() sitrep.Layer { return 0 }

// Fills implements nlp.Component.
func (t *Tokenizer) Fills() sitrep.Layer { return sitrep.LayerSentences | sitrep.LayerTokens }

// Process implements nlp.Component: it replaces doc's sentences and tokens.
func (t *Tokenizer) Process(doc *sitrep.Document) error {
	doc.Sentences, doc.Tokens = t.Split(doc.Text)
	return nil
}

// scratch holds the pieces of one call to Split; pooled so that a busy
// pipeline does not allocate a fresh buffer per document.
var scratch = sync.Pool{New: func() any { s := make([]piece, 0, 1024); return &s }}

// Split returns the sentences and tokens of text. Every token has Head -1
// and the index of its sentence; each sentence spans from its first
// token's start to its last token's end and indexes its tokens with
// TokStart and TokEnd. Whitespace belongs to no token, and every other byte
// belongs to exactly one.
func (t *Tokenizer) Split(text string) ([]sitrep.Sentence, []sitrep.Token) {
	sp := scratch.Get().(*[]piece)
	ps := t.pieces((*sp)[:0], text)
	sents, toks := t.sentences(text, ps)
	if cap(ps) <= 1<<16 {
		*sp = ps[:0]
		scratch.Put(sp)
	}
	return sents, toks
}

// pieces cuts text at whitespace and splits each stretch between spaces into
// tokens, recording how much space and how many newlines came before each.
func (t *Tokenizer) pieces(p []piece, text string) []piece {
	nl, space := 0, false
	for i := 0; i < len(text); {
		r, w := decode(text, i)
		if isSpace(r) {
			if r == '\n' {
				nl++
			}
			space = true
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			r, w := decode(text, j)
			if isSpace(r) {
				break
			}
			j += w
		}
		mark := len(p)
		p = t.chunk(p, text, i, j)
		p[mark].nl = uint8(min(nl, 255))
		p[mark].space = space
		nl, space = 0, false
		i = j
	}
	return p
}
