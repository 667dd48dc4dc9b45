// Package lemma gives each tagged word its Universal Dependencies lemma:
// from a lexicon of (word, tag) pairs learned from the treebank, then from
// hand-written irregular forms, then from suffix rules learned from the
// treebank for words it has never seen.
package lemma

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"sitrep"
	"sitrep/internal/modelio"
	"sitrep/models"
)

// ModelFile is the name of the embedded model.
const ModelFile = "lemma.gz"

const magic = "sitrep-lemma-2"

// rule turns a word into its lemma: optionally lowercase it, cut strip
// bytes from its end, append add; or, when whole is set, replace it by add
// (for lemmas whose case is fixed, such as "I").
type rule struct {
	lower bool
	whole bool
	strip int
	add   string
}

// makeRule returns the rule that turns form into lemma.
func makeRule(form, lemma string) rule {
	r := rule{lower: lemma == strings.ToLower(lemma)}
	base := form
	if r.lower {
		base = strings.ToLower(form)
	}
	p := 0
	for p < len(base) && p < len(lemma) && base[p] == lemma[p] {
		p++
	}
	r.strip, r.add = len(base)-p, lemma[p:]
	return r
}

// apply applies r to form; ok is false when the word is too short.
func (r rule) apply(form string) (string, bool) {
	if r.whole {
		return r.add, true
	}
	base := form
	if r.lower {
		base = lowerASCIIFast(form)
	}
	if r.strip > len(base) || (r.strip == len(base) && r.add == "") {
		return "", false
	}
	// The rules count bytes of the lowercased word; lowering may change a
	// letter's length ("İ" is two bytes, "i̇" three), so a cut may fall
	// inside a letter of form ("ALLİES" -> "ALL\xc4y"). Refuse it.
	if c := len(base) - r.strip; c < len(base) && !utf8.RuneStart(base[c]) {
		return "", false
	}
	return base[:len(base)-r.strip] + r.add, true
}

func lowerASCIIFast(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

type lexKey struct{ word, tag string }

// maxSuffix is the longest suffix the rules look at, in bytes.
const maxSuffix = 7

// Lemmatizer is a trained lemmatizer, read-only and safe for concurrent use.
type Lemmatizer struct {
	rules  []rule
	lex    map[lexKey]uint32 // lowercase word and tag -> rule
	suffix map[lexKey]uint32 // tag and word suffix -> rule
	known  map[string]bool   // every lemma seen in training
}

var (
	loadOnce sync.Once
	loaded   *Lemmatizer
	loadErr  error
)

// Load returns the lemmatizer embedded in the binary, reading it once.
func Load() (*Lemmatizer, error) {
	loadOnce.Do(func() {
		f, err := models.Open(ModelFile)
		if err != nil {
			loadErr = err
			return
		}
		defer f.Close()
		loaded, loadErr = Read(f)
		if loadErr != nil {
			loadErr = fmt.Errorf("lemma: embedded %s: %w", ModelFile, loadErr)
		}
	})
	return loaded, loadErr
}

// Name implements nlp.Component.
func (l *Lemmatizer) Name() string { return "lemma" }

// Needs implements nlp.Component.
func (l *Lemmatizer) Needs() sitrep.Layer { return sitrep.LayerTokens | sitrep.LayerTags }

// Fills implements nlp.Component.
func (l *Lemmatizer) Fills() sitrep.Layer { return sitrep.LayerLemmas }

// Process sets the lemma of every token of doc.
func (l *Lemmatizer) Process(doc *sitrep.Document) error {
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		t.Lemma = l.Lemma(doc.TokenText(i), t.UPOS, t.XPOS)
	}
	return nil
}

// Lemma returns the lemma of form tagged upos and xpos.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	tag := xpos
	if tag == "" {
		tag = upos
	}
	lw := lowerASCIIFast(form)
	if r, ok := l.lex[lexKey{lw, tag}]; ok {
		if s, ok := l.rules[r].apply(form); ok {
			return s
		}
	}
	if s, ok := irregular(lw, upos, xpos); ok {
		return s
	}
	if upos == "VERB" && !l.known[lw] {
		// A past form the tagger took for a present ("the government
		// froze", "protesters tore" tagged VB/VBP): no verb the treebank
		// knows has it as its base, so it is the past of its verb.
		if s, ok := pastForms[lw]; ok {
			return s
		}
	}
	guess := form
	for k := min(maxSuffix, len(lw)); k >= 0; k-- {
		if r, ok := l.suffix[lexKey{lw[len(lw)-k:], tag}]; ok {
			if s, ok := l.rules[r].apply(form); ok {
				guess = s
				break
			}
		}
	}
	if !l.known[guess] {
		// The suffix rules cannot tell "bombed" (bomb) from "provoked"
		// (provoke); a stem the treebank knows as a lemma settles it.
		for _, c := range stems(lw, xpos) {
			if l.known[c] {
				return c
			}
		}
	}
	return guess
}

// stems returns the likely stems of a regularly inflected word.
func stems(lw, xpos string) []string {
	var out []string
	cut := func(suffix string) (string, bool) {
		if strings.HasSuffix(lw, suffix) && len(lw) > len(suffix)+1 {
			return lw[:len(lw)-len(suffix)], true
		}
		return "", false
	}
	add := func(stem string) {
		out = append(out, stem, stem+"e")
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
			out = append(out, stem[:n-1])
		}
		if strings.HasSuffix(stem, "i") {
			out = append(out, stem[:len(stem)-1]+"y")
		}
	}
	var suffixes []string
	switch xpos {
	case "VBD", "VBN":
		suffixes = []string{"ed", "d"}
	case "VBG":
		suffixes = []string{"ing"}
	case "VBZ", "NNS":
		suffixes = []string{"es", "s"}
	case "JJR", "RBR":
		suffixes = []string{"er", "r"}
	case "JJS", "RBS":
		suffixes = []string{"est", "st"}
	}
	for _, s := range suffixes {
		if stem, ok := cut(s); ok {
			add(stem)
		}
	}
	return out
}

// Write writes the model, gzip-compressed; the same model gives the same
// bytes.
func (l *Lemmatizer) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	modelio.WriteStr(bw, magic)
	modelio.WriteUint(bw, uint64(len(l.rules)))
	for _, r := range l.rules {
		var kind uint64
		switch {
		case r.whole:
			kind = 2
		case r.lower:
			kind = 1
		}
		modelio.WriteUint(bw, kind)
		modelio.WriteUint(bw, uint64(r.strip))
		modelio.WriteStr(bw, r.add)
	}
	known := make([]string, 0, len(l.known))
	for k := range l.known {
		known = append(known, k)
	}
	sort.Strings(known)
	modelio.WriteUint(bw, uint64(len(known)))
	for _, k := range known {
		modelio.WriteStr(bw, k)
	}
	for _, table := range []map[lexKey]uint32{l.lex, l.suffix} {
		keys := sortedLexKeys(table)
		modelio.WriteUint(bw, uint64(len(keys)))
		for _, k := range keys {
			modelio.WriteStr(bw, k.word)
			modelio.WriteStr(bw, k.tag)
			modelio.WriteUint(bw, uint64(table[k]))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Lemmatizer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lemma model: %w", err)
	}
	d := &modelio.Reader{R: bufio.NewReader(zr)}
	if d.Str() != magic || d.Err != nil {
		return nil, errors.New("lemma model: not a lemmatizer model file")
	}
	l := &Lemmatizer{}
	nr := d.Count(1 << 20)
	for i := 0; i < nr && d.Err == nil; i++ {
		kind := d.Uint()
		strip := d.Count(1 << 10)
		l.rules = append(l.rules, rule{lower: kind == 1, whole: kind == 2, strip: strip, add: d.Str()})
	}
	nk := d.Count(1 << 22)
	l.known = make(map[string]bool, nk)
	for i := 0; i < nk && d.Err == nil; i++ {
		l.known[d.Str()] = true
	}
	tables := make([]map[lexKey]uint32, 2)
	for t := range tables {
		n := d.Count(1 << 22)
		tables[t] = make(map[lexKey]uint32, n)
		for i := 0; i < n && d.Err == nil; i++ {
			k := lexKey{d.Str(), d.Str()}
			v := d.Uint()
			if v >= uint64(len(l.rules)) {
				d.Fail(fmt.Errorf("rule %d out of range", v))
			}
			tables[t][k] = uint32(v)
		}
	}
	if d.Err != nil {
		return nil, fmt.Errorf("lemma model: %w", d.Err)
	}
	l.lex, l.suffix = tables[0], tables[1]
	return l, nil
}
