// Package ner finds named entities (PER, ORG, LOC, as in Universal NER)
// in tokenised text: an averaged perceptron tags tokens BILOU left to
// right, each decision seeing the two before it, with only valid
// transitions allowed. Features read the words, their shapes and a
// gazetteer of places, nationalities, organisation words and names that
// is stored inside the model file, so inference reads nothing else.
package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"sitrep"
	"sitrep/internal/perceptron"
	"sitrep/models"
)

// ModelFile is the name of the embedded model.
const ModelFile = "ner.gz"

const magic = "sitrep-ner-1"

// Recognizer is the NER component. It is read-only once loaded, so one
// value serves any number of goroutines.
type Recognizer struct {
	model *perceptron.Model
	gaz   *Gazetteer
	pool  sync.Pool // *scratch
}

type scratch struct {
	s      sentence
	feats  []uint64
	scores []float32
	cls    []int
}

// Mention is an entity over the tokens [Start, End) of a sentence.
type Mention struct {
	Start, End int
	Label      string
}

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

// Load returns the embedded model, read once per process.
func Load() (*Recognizer, error) {
	loadOnce.Do(func() {
		f, err := models.Open(ModelFile)
		if err != nil {
			loadErr = err
			return
		}
		defer f.Close()
		loaded, loadErr = Read(f)
	})
	return loaded, loadErr
}

func newRecognizer(m *perceptron.Model, g *Gazetteer) *Recognizer {
	r := &Recognizer{model: m, gaz: g}
	r.pool.New = func() any { return &scratch{scores: make([]float32, nClasses)} }
	return r
}

// Name implements nlp.Component.
func (r *Recognizer) Name() string { return "ner" }

// Needs implements nlp.Component.
func (r *Recognizer) Needs() sitrep.Layer { return sitrep.LayerSentences | sitrep.LayerTokens }

// Fills implements nlp.Component.
func (r *Recognizer) Fills() sitrep.Layer { return sitrep.LayerEntities }

// Process replaces doc's entities by those found sentence by sentence.
// Each entity runs from its first token's start to its last token's end.
func (r *Recognizer) Process(doc *sitrep.Document) error {
	doc.Entities = doc.Entities[:0]
	var words []string
	for si := range doc.Sentences {
		from, to := doc.SentenceTokens(si)
		if from < 0 || to > len(doc.Tokens) || from > to {
			return fmt.Errorf("sentence %d: token range [%d, %d) outside the %d tokens", si, from, to, len(doc.Tokens))
		}
		words = words[:0]
		for i := from; i < to; i++ {
			t := &doc.Tokens[i]
			if t.Form == "" && (t.Start < 0 || t.End > len(doc.Text) || t.Start > t.End) {
				return fmt.Errorf("token %d: span [%d, %d) outside the text", i, t.Start, t.End)
			}
			words = append(words, doc.TokenText(i))
		}
		for _, m := range r.Recognize(words) {
			start, end := doc.Tokens[from+m.Start].Start, doc.Tokens[from+m.End-1].End
			if end < start {
				continue
			}
			doc.Entities = append(doc.Entities, sitrep.Entity{Span: doc.MakeSpan(start, end), Label: m.Label})
		}
	}
	return nil
}

// Recognize tags one sentence of words.
func (r *Recognizer) Recognize(words []string) []Mention {
	if len(words) == 0 {
		return nil
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	cls := r.decode(sc, words, nil)
	var out []Mention
	for _, sp := range spansOf(cls) {
		out = append(out, Mention{Start: sp.start, End: sp.end, Label: types[sp.typ]})
	}
	return out
}

// decode tags greedily left to right. With gold classes given it is a
// training step: the model is updated wherever it errs and the search goes
// on from its own decision, as it will have to at inference.
func (r *Recognizer) decode(sc *scratch, words []string, gold []int) []int {
	sc.s.reset(words, r.gaz)
	n := len(words)
	if cap(sc.cls) < n {
		sc.cls = make([]int, n)
	}
	cls := sc.cls[:n]
	p1, p2 := -1, -1
	for i := 0; i < n; i++ {
		sc.feats = features(&sc.s, i, p1, p2, sc.feats[:0])
		for c := range sc.scores {
			sc.scores[c] = 0
		}
		r.model.Scores(sc.feats, sc.scores)
		guess := best(sc.scores, p1, i == n-1)
		if gold != nil {
			r.model.Update(sc.feats, gold[i], guess, 1)
			r.model.Tick()
		}
		cls[i] = guess
		p2, p1 = p1, guess
	}
	return cls
}

// best returns the highest scoring class that may follow prev; ties go to
// the lower class, for determinism. O is always allowed after a closed
// entity, and L of the open type inside one, so some class always is.
func best(scores []float32, prev int, last bool) int {
	b := -1
	for c, s := range scores {
		if allowed(prev, c, last) && (b < 0 || s > scores[b]) {
			b = c
		}
	}
	return b
}

// Write stores the model and its gazetteer.
func (r *Recognizer) Write(w io.Writer) error {
	var pm bytes.Buffer
	if err := r.model.Write(&pm, featureVersion); err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	writeString(bw, magic)
	writeString(bw, featureVersion)
	if err := r.gaz.write(bw); err != nil {
		return err
	}
	binary.Write(bw, binary.LittleEndian, uint32(pm.Len()))
	bw.Write(pm.Bytes())
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(rd io.Reader) (*Recognizer, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	br := bufio.NewReader(zr)
	if m, err := readString(br); err != nil || m != magic {
		return nil, errors.New("ner: not an NER model file")
	}
	fv, err := readString(br)
	if err != nil {
		return nil, errors.New("ner: truncated model header")
	}
	if fv != featureVersion {
		return nil, fmt.Errorf("ner: model has features %q, code expects %q: retrain it", fv, featureVersion)
	}
	g, err := readGazetteer(br)
	if err != nil {
		return nil, fmt.Errorf("ner: gazetteer: %w", err)
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("ner: truncated model: %w", err)
	}
	m, err := perceptron.Read(io.LimitReader(br, int64(n)), featureVersion)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if m.NClasses != nClasses {
		return nil, fmt.Errorf("ner: model has %d classes, code expects %d: retrain it", m.NClasses, nClasses)
	}
	return newRecognizer(m, g), nil
}
