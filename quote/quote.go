// Package quote finds what people are reported to have said in an article:
// direct quotes (with split, nested, partial and multi-paragraph quotes),
// indirect speech introduced by a speech or thought cue, and the speaker of
// each, resolved to the fullest mention and to an actor code when the
// document has them.
package quote

import (
	"sort"
	"strings"
	"sync"

	"sitrep"
)

// Finder is the quote component. It holds only the read-only cue lexicon
// and is safe for concurrent use.
type Finder struct {
	lex lexicon
}

var (
	lexOnce sync.Once
	lexVal  lexicon
	lexErr  error
)

// New returns a Finder with the embedded cue lexicon. The lexicon is part
// of the binary and checked by the package tests, so a broken one is a
// programming error and panics.
func New() *Finder {
	lexOnce.Do(func() { lexVal, lexErr = parseLexicon(cuesFile) })
	if lexErr != nil {
		panic("quote: " + lexErr.Error())
	}
	return &Finder{lex: lexVal}
}

// Name names the component.
func (f *Finder) Name() string { return "quote" }

// Needs says the finder works on tokens and sentences. It also reads the
// tag, dependency, entity and actor layers when the document has them.
func (f *Finder) Needs() sitrep.Layer { return sitrep.LayerTokens | sitrep.LayerSentences }

// Fills says the finder fills the quote layer.
func (f *Finder) Fills() sitrep.Layer { return sitrep.LayerQuotes }

// Process fills doc.Quotes, ordered by start.
func (f *Finder) Process(doc *sitrep.Document) error {
	p := newPass(f, doc)
	p.direct()
	if doc.Layers.Has(sitrep.LayerDeps) {
		p.indirectDeps()
	}
	p.indirect()
	p.partials()
	sort.SliceStable(p.out, func(i, j int) bool { return p.out[i].Start < p.out[j].Start })
	p.resolve()
	doc.Quotes = p.out
	return nil
}

// pass is the state of one Process call.
type pass struct {
	f     *Finder
	doc   *sitrep.Document
	text  string
	toks  []sitrep.Token
	quote []int32 // per token: 1 + index in qs of the quote it is in, or 0
	used  []bool  // token already part of an attribution
	qs    []qspan
	qdone []bool // quote already emitted
	tags  bool
	out   []sitrep.Quote
	names map[string]sitrep.Span // surname -> first full name, built on demand
	lows  []string               // tokens in lower case, filled on demand
}

func newPass(f *Finder, doc *sitrep.Document) *pass {
	p := &pass{f: f, doc: doc, text: doc.Text, toks: doc.Tokens,
		tags: doc.Layers.Has(sitrep.LayerTags)}
	p.quote = make([]int32, len(p.toks))
	p.lows = make([]string, len(p.toks))
	p.used = make([]bool, len(p.toks))
	p.qs = scanQuotes(doc.Text)
	p.qdone = make([]bool, len(p.qs))
	for qi, q := range p.qs {
		for t := p.tokAt(q.start); t < len(p.toks) && p.toks[t].Start < q.end; t++ {
			p.quote[t] = int32(qi + 1)
		}
	}
	return p
}

// tokAt returns the index of the first token starting at or after off.
func (p *pass) tokAt(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= off })
}

func (p *pass) word(i int) string { return p.doc.TokenText(i) }

// low returns token i in lower case, without allocating when it already is
// and lowering each token once.
func (p *pass) low(i int) string {
	if l := p.lows[i]; l != "" {
		return l
	}
	w := p.word(i)
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			w = strings.ToLower(w)
			break
		}
	}
	p.lows[i] = w
	return w
}

// cueAt matches the longest lexicon cue starting at token i within [i, lim).
func (p *pass) cueAt(i, lim int) (n int, kind cueKind) {
	if i < 0 || i >= lim {
		return 0, 0
	}
	if w := p.word(i); w == "" || w[0] >= 'A' && w[0] <= 'Z' && !p.sentStart(i) {
		return 0, 0 // "States" in "the United States" is no cue
	}
	if i > 0 && nounMarkers[p.low(i-1)] || p.tags && p.toks[i].UPOS == "NOUN" {
		return 0, 0 // "the attack", "his claims": a noun
	}
	if i > 0 && p.toks[i-1].End == p.toks[i].Start && (p.word(i-1) == "-" || p.word(i-1) == "–") {
		return 0, 0 // "self-described", "long-expected"
	}
	for _, c := range p.f.lex[p.low(i)] {
		if i+len(c.words) > lim {
			continue
		}
		ok := true
		for k := 1; k < len(c.words); k++ {
			if p.low(i+k) != c.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(c.words), c.kind
		}
	}
	return 0, 0
}

// sameParagraph reports whether no line break separates byte offsets a < b.
func (p *pass) sameParagraph(a, b int) bool {
	return a <= b && !strings.Contains(p.text[a:b], "\n")
}

func (p *pass) span(from, to int) *sitrep.Span {
	if from < 0 || to <= from {
		return nil
	}
	s := p.doc.MakeSpan(p.toks[from].Start, p.toks[to-1].End)
	return &s
}

func (p *pass) markUsed(from, to int) {
	for t := max(from, 0); t < to && t < len(p.used); t++ {
		p.used[t] = true
	}
}

// sentOf returns the token range of the sentence holding token t.
func (p *pass) sentOf(t int) (int, int) {
	s := p.toks[t].Sent
	if s >= 0 && s < len(p.doc.Sentences) {
		from, to := p.doc.SentenceTokens(s)
		if from <= t && t < to {
			return from, to
		}
	}
	return t, t + 1
}

// sentStart reports whether token i opens its sentence, perhaps after
// opening punctuation.
func (p *pass) sentStart(i int) bool {
	from, _ := p.sentOf(i)
	for t := from; t < i; t++ {
		if !isPunct(p.word(t)) {
			return false
		}
	}
	return true
}

// nounMarkers make the verb-like word after them a noun.
var nounMarkers = setOf("the", "a", "an", "this", "these", "those", "his", "their", "its", "our",
	"my", "your", "whose", "every", "each", "no")
