// Package pos tags words with their universal part of speech (UPOS), Penn
// Treebank tag (XPOS) and UD morphological features, with a greedy
// left-to-right averaged perceptron over joint UPOS+XPOS classes.
//
// Training and inference share one feature function (features.go), so that
// the two cannot drift; the model file records the feature version.
package pos

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sync"

	"sitrep"
	"sitrep/internal/modelio"
	"sitrep/models"
)

// ModelFile is the name of the embedded model.
const ModelFile = "tagger.gz"

const magic = "sitrep-pos-3"

// Class is one joint tag: a UPOS with its XPOS.
type Class struct {
	UPOS, XPOS string
	Feats      string // the class's most frequent features
}

type featKey struct {
	word string
	cls  uint8
}

// Tagger is a trained tagger. It is read-only after loading and safe for
// concurrent use.
type Tagger struct {
	classes []Class
	amb     map[string]uint16 // lowercase word -> ambiguity class id
	dict    map[string]uint8  // frequent unambiguous word -> class
	// allow limits frequent words to the classes they took in training.
	allow     map[string]uint16
	allowSets [][]uint8
	feats     map[featKey]string
	// wc holds word classes (1..n) of lowercased words, one map per
	// clustering, learnt from unlabeled text (internal/wordclass).
	wc []map[string]uint16
	w  *weights
	// first, when set, is a first-pass model whose tags give the second
	// pass (w) its right context.
	first *weights
	pool  sync.Pool
}

var _ interface {
	Name() string
	Needs() sitrep.Layer
	Fills() sitrep.Layer
	Process(*sitrep.Document) error
} = (*Tagger)(nil)

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

// Load returns the tagger embedded in the binary, reading it on the first
// call only.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		f, err := models.Open(ModelFile)
		if err != nil {
			loadErr = err
			return
		}
		defer f.Close()
		loaded, loadErr = Read(f)
		if loadErr != nil {
			loadErr = fmt.Errorf("pos: embedded %s: %w", ModelFile, loadErr)
		}
	})
	return loaded, loadErr
}

// Name implements nlp.Component.
func (m *Tagger) Name() string { return "pos" }

// Needs implements nlp.Component.
func (m *Tagger) Needs() sitrep.Layer { return sitrep.LayerSentences | sitrep.LayerTokens }

// Fills implements nlp.Component.
func (m *Tagger) Fills() sitrep.Layer { return sitrep.LayerTags }

// WordClasses returns the model's word classes of lowercased words, one
// map per clustering (shared: do not modify), so that taggers trained
// later, such as the jackknife taggers of the parser's training, can
// reuse them.
func (m *Tagger) WordClasses() []map[string]uint16 { return m.wc }

// Classes returns the joint tags the model predicts.
func (m *Tagger) Classes() []Class { return m.classes }

type scratch struct {
	words  []word
	feats  []uint64
	scores []float32
	tags   []int
	first  []int
	forms  []string
}

func (m *Tagger) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, len(m.classes))}
}

// Process tags every sentence of doc.
func (m *Tagger) Process(doc *sitrep.Document) error {
	s := m.getScratch()
	defer m.pool.Put(s)
	for si := range doc.Sentences {
		from, to := doc.SentenceTokens(si)
		if from < 0 || to > len(doc.Tokens) || from > to {
			return fmt.Errorf("sentence %d has bad token range %d..%d", si, from, to)
		}
		s.forms = s.forms[:0]
		for i := from; i < to; i++ {
			s.forms = append(s.forms, doc.TokenText(i))
		}
		tags := m.tag(s, s.forms)
		for k, c := range tags {
			t := &doc.Tokens[from+k]
			cl := &m.classes[c]
			t.UPOS, t.XPOS, t.Feats = cl.UPOS, cl.XPOS, m.featsOf(s.words[k].lower, c)
		}
	}
	return nil
}

// Tagged is one word's tags.
type Tagged struct {
	UPOS, XPOS, Feats string
}

// Tag tags one sentence of words.
func (m *Tagger) Tag(forms []string) []Tagged {
	s := m.getScratch()
	defer m.pool.Put(s)
	tags := m.tag(s, forms)
	out := make([]Tagged, len(tags))
	for k, c := range tags {
		cl := &m.classes[c]
		out[k] = Tagged{cl.UPOS, cl.XPOS, m.featsOf(s.words[k].lower, c)}
	}
	return out
}

func (m *Tagger) featsOf(lower string, c int) string {
	if f, ok := m.feats[featKey{lower, uint8(c)}]; ok {
		return f
	}
	return m.classes[c].Feats
}

// tag runs the greedy decoder, in one or two passes; the result aliases s.
func (m *Tagger) tag(s *scratch, forms []string) []int {
	s.words = s.words[:0]
	for i, f := range forms {
		s.words = append(s.words, word{})
		m.prepare(&s.words[i], f, i == 0)
	}
	if m.first == nil {
		s.tags = m.greedy(s, m.w, nil, s.tags[:0])
		return s.tags
	}
	s.first = m.greedy(s, m.first, nil, s.first[:0])
	s.tags = m.greedy(s, m.w, s.first, s.tags[:0])
	return s.tags
}

// greedy tags s.words left to right with w, using the first pass's tags
// when given.
func (m *Tagger) greedy(s *scratch, w *weights, first []int, out []int) []int {
	p1, p2 := noTag, noTag
	for i := range s.words {
		c := s.words[i].dict
		if c < 0 {
			s.feats = features(s.feats[:0], s.words, i, p1, p2, len(m.wc))
			if first != nil {
				s.feats = stackFeatures(s.feats, s.words, first, i, p1)
			}
			clear(s.scores)
			w.add(s.feats, s.scores)
			c = argmaxIn(s.scores, s.words[i].allow)
		}
		out = append(out, c)
		p2, p1 = p1, c
	}
	return out
}

// argmax returns the best class; ties go to the lower index, so that the
// output is deterministic.
func argmax(scores []float32) int {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// argmaxIn is argmax over the allowed classes, all when allowed is nil.
func argmaxIn(scores []float32, allowed []uint8) int {
	if allowed == nil {
		return argmax(scores)
	}
	best := int(allowed[0])
	for _, c := range allowed[1:] {
		if scores[c] > scores[best] {
			best = int(c)
		}
	}
	return best
}

// Write writes the model, gzip-compressed, in an order that makes the same
// model give the same bytes.
func (m *Tagger) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	modelio.WriteStr(bw, magic)
	modelio.WriteStr(bw, featureVersion)
	if m.first != nil {
		modelio.WriteUint(bw, 1)
	} else {
		modelio.WriteUint(bw, 0)
	}
	modelio.WriteUint(bw, uint64(len(m.classes)))
	for _, c := range m.classes {
		modelio.WriteStr(bw, c.UPOS)
		modelio.WriteStr(bw, c.XPOS)
		modelio.WriteStr(bw, c.Feats)
	}
	modelio.WriteUint(bw, uint64(len(m.amb)))
	for _, k := range sortedKeys(m.amb) {
		modelio.WriteStr(bw, k)
		modelio.WriteUint(bw, uint64(m.amb[k]))
	}
	modelio.WriteUint(bw, uint64(len(m.dict)))
	for _, k := range sortedKeys(m.dict) {
		modelio.WriteStr(bw, k)
		modelio.WriteUint(bw, uint64(m.dict[k]))
	}
	modelio.WriteUint(bw, uint64(len(m.allowSets)))
	for _, set := range m.allowSets {
		modelio.WriteUint(bw, uint64(len(set)))
		for _, c := range set {
			modelio.WriteUint(bw, uint64(c))
		}
	}
	modelio.WriteUint(bw, uint64(len(m.allow)))
	for _, k := range sortedKeys(m.allow) {
		modelio.WriteStr(bw, k)
		modelio.WriteUint(bw, uint64(m.allow[k]))
	}
	fks := make([]featKey, 0, len(m.feats))
	for k := range m.feats {
		fks = append(fks, k)
	}
	sortFeatKeys(fks)
	modelio.WriteUint(bw, uint64(len(fks)))
	for _, k := range fks {
		modelio.WriteStr(bw, k.word)
		modelio.WriteUint(bw, uint64(k.cls))
		modelio.WriteStr(bw, m.feats[k])
	}
	modelio.WriteUint(bw, uint64(len(m.wc)))
	for _, wc := range m.wc {
		modelio.WriteUint(bw, uint64(len(wc)))
		for _, k := range sortedKeys(wc) {
			modelio.WriteStr(bw, k)
			modelio.WriteUint(bw, uint64(wc[k]))
		}
	}
	// The weight tables go last, after their length, so that Read can
	// take them in one allocation.
	var blob bytes.Buffer
	m.w.write(&blob)
	if m.first != nil {
		m.first.write(&blob)
	}
	modelio.WriteUint(bw, uint64(blob.Len()))
	bw.Write(blob.Bytes())
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read reads a model written by Write. A model made for another feature
// version is an error that says to retrain.
func Read(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	rd := &modelio.Reader{R: br}
	if mg := rd.Str(); mg != magic || rd.Err != nil {
		return nil, errors.New("pos model: not a tagger model file")
	}
	if fv := rd.Str(); fv != featureVersion {
		if rd.Err != nil {
			return nil, fmt.Errorf("pos model: truncated header: %w", rd.Err)
		}
		return nil, fmt.Errorf("pos model: made for features %q, code expects %q: retrain it", fv, featureVersion)
	}
	m := &Tagger{}
	stacked := rd.Uint() == 1
	nc := rd.Count(256)
	for i := 0; i < nc && rd.Err == nil; i++ {
		m.classes = append(m.classes, Class{UPOS: rd.Str(), XPOS: rd.Str(), Feats: rd.Str()})
	}
	na := rd.Count(1 << 22)
	m.amb = make(map[string]uint16, na)
	for i := 0; i < na && rd.Err == nil; i++ {
		k := rd.Str()
		m.amb[k] = uint16(rd.Uint())
	}
	nd := rd.Count(1 << 22)
	m.dict = make(map[string]uint8, nd)
	for i := 0; i < nd && rd.Err == nil; i++ {
		k := rd.Str()
		c := rd.Uint()
		if c >= uint64(nc) {
			rd.Fail(fmt.Errorf("dictionary class %d out of range", c))
		}
		m.dict[k] = uint8(c)
	}
	ns := rd.Count(1 << 16)
	for i := 0; i < ns && rd.Err == nil; i++ {
		set := make([]uint8, rd.Count(nc))
		for j := range set {
			c := rd.Uint()
			if c >= uint64(nc) {
				rd.Fail(fmt.Errorf("allowed class %d out of range", c))
			}
			set[j] = uint8(c)
		}
		if len(set) == 0 {
			rd.Fail(errors.New("empty set of allowed classes"))
		}
		m.allowSets = append(m.allowSets, set)
	}
	nl := rd.Count(1 << 22)
	m.allow = make(map[string]uint16, nl)
	for i := 0; i < nl && rd.Err == nil; i++ {
		k := rd.Str()
		c := rd.Uint()
		if c >= uint64(len(m.allowSets)) {
			rd.Fail(fmt.Errorf("allowed set %d out of range", c))
		}
		m.allow[k] = uint16(c)
	}
	nf := rd.Count(1 << 22)
	m.feats = make(map[featKey]string, nf)
	for i := 0; i < nf && rd.Err == nil; i++ {
		k := rd.Str()
		c := rd.Uint()
		m.feats[featKey{k, uint8(c)}] = rd.Str()
	}
	nwc := rd.Count(maxClusterings)
	for i := 0; i < nwc && rd.Err == nil; i++ {
		n := rd.Count(1 << 22)
		wc := make(map[string]uint16, n)
		for j := 0; j < n && rd.Err == nil; j++ {
			k := rd.Str()
			c := rd.Uint()
			if c > 0xffff {
				rd.Fail(fmt.Errorf("word class %d of %q out of range", c, k))
			}
			wc[k] = uint16(c)
		}
		m.wc = append(m.wc, wc)
	}
	if rd.Err != nil {
		return nil, fmt.Errorf("pos model: %w", rd.Err)
	}
	size := rd.Count(1 << 30)
	if rd.Err != nil {
		return nil, fmt.Errorf("pos model: %w", rd.Err)
	}
	// The length comes from the file: trust it for the allocation only up
	// to a size no real model reaches.
	buf := bytes.NewBuffer(make([]byte, 0, min(size, 32<<20)))
	if _, err := io.CopyN(buf, br, int64(size)); err != nil {
		return nil, fmt.Errorf("pos model: weights truncated: %w", err)
	}
	var rest []byte
	if m.w, rest, err = parseWeights(buf.Bytes()); err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	if stacked {
		if m.first, rest, err = parseWeights(rest); err != nil {
			return nil, fmt.Errorf("pos model: first pass: %w", err)
		}
		if m.first.NClasses != len(m.classes) {
			return nil, fmt.Errorf("pos model: first-pass weights for %d classes, model has %d", m.first.NClasses, len(m.classes))
		}
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("pos model: %d bytes after the weights", len(rest))
	}
	if m.w.NClasses != len(m.classes) || len(m.classes) == 0 {
		return nil, fmt.Errorf("pos model: weights for %d classes, model has %d", m.w.NClasses, len(m.classes))
	}
	return m, nil
}
