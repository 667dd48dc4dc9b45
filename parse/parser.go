// Package parse is a labeled transition-based dependency parser for
// Universal Dependencies: arc-hybrid transitions scored by an averaged
// perceptron trained with a dynamic oracle, and a second perceptron that
// labels each arc as it is made.
package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"

	"sitrep"
	"sitrep/internal/modelio"
	"sitrep/internal/perceptron"
	"sitrep/models"
	"sitrep/nlp"
)

// ModelFile is the name of the embedded parser model.
const ModelFile = "parser.gz"

// scorer is a perceptron: the training Model or the shipped Compact.
type scorer interface {
	Scores(feats []uint64, scores []float32)
}

// Parser fills heads and relations. It is safe for concurrent use.
type Parser struct {
	labels  []string
	root    int // index of "root" in labels
	moves   scorer
	labeler scorer
	beam    int // beam width; 1 parses greedily
	// wc maps word hashes (wordHash) to word classes learnt from
	// unlabeled text; nil when the model has none. words keeps the words,
	// sorted, to write the model.
	wc    map[uint64]uint16
	words []string
	pool  sync.Pool
}

// work is one goroutine's scratch memory.
type work struct {
	s      *state
	x      sentence
	feats  []uint64
	scores []float32
	// Beam search: the live hypotheses, their successors, candidates.
	beam, next []hyp
	live       int
	cands      []cand
	// Beam training: the gold sequence's state, and one to replay move
	// sequences in.
	gold, replay *state
}

var _ nlp.Component = (*Parser)(nil)

func (p *Parser) Name() string { return "parse" }
func (p *Parser) Needs() sitrep.Layer {
	return sitrep.LayerTokens | sitrep.LayerSentences | sitrep.LayerTags
}
func (p *Parser) Fills() sitrep.Layer { return sitrep.LayerDeps }

// Labels returns the relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Load reads the embedded model.
func Load() (*Parser, error) {
	f, err := models.Open(ModelFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Models without word classes are "-2"; "-3" adds a table of word
// classes after the labels.
const (
	magic   = "sitrep-parser-3"
	magicV2 = "sitrep-parser-2"
)

// maxClassWord is the longest word, in bytes, that a model's table of
// word classes holds.
const maxClassWord = 1 << 10

// Read loads a model written by Write.
func Read(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: reading model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	mg, err := modelio.ReadString32(br, 1<<10)
	if err != nil || mg != magic && mg != magicV2 {
		return nil, errors.New("parse: not a parser model")
	}
	var beam uint32
	if err := binary.Read(br, binary.LittleEndian, &beam); err != nil || beam == 0 || beam > 64 {
		return nil, errors.New("parse: reading model: bad beam width")
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil || n == 0 || n > 1000 {
		return nil, errors.New("parse: reading model: bad label count")
	}
	p := &Parser{root: -1, beam: int(beam)}
	for i := 0; i < int(n); i++ {
		l, err := modelio.ReadString32(br, 1<<10)
		if err != nil {
			return nil, fmt.Errorf("parse: reading model: label %d: %w", i, err)
		}
		if l == "root" {
			p.root = i
		}
		p.labels = append(p.labels, l)
	}
	if p.root < 0 {
		return nil, errors.New("parse: reading model: no root label")
	}
	if mg == magic {
		var nw uint32
		if err := binary.Read(br, binary.LittleEndian, &nw); err != nil || nw > 1<<22 {
			return nil, errors.New("parse: reading model: bad word class count")
		}
		classes := map[string]uint16{}
		for i := 0; i < int(nw); i++ {
			w, err := modelio.ReadString32(br, maxClassWord)
			var c uint16
			if err == nil {
				err = binary.Read(br, binary.LittleEndian, &c)
			}
			if err != nil {
				return nil, fmt.Errorf("parse: reading model: word class %d: %w", i, err)
			}
			classes[w] = c
		}
		p.setWordClasses(classes)
	}
	moves, err := perceptron.DecodeCompact(br, featureVersion+"/moves")
	if err != nil {
		return nil, fmt.Errorf("parse: reading model: %w", err)
	}
	labeler, err := perceptron.DecodeCompact(br, featureVersion+"/labels")
	if err != nil {
		return nil, fmt.Errorf("parse: reading model: %w", err)
	}
	if moves.NClasses != nMoves || labeler.NClasses != len(p.labels) {
		return nil, errors.New("parse: reading model: class counts do not match")
	}
	p.moves, p.labeler = moves, labeler
	return p, nil
}

// Write writes the model, gzip-compressed. Only a parser made by Train or
// Read can be written.
func (p *Parser) Write(w io.Writer) error {
	moves, ok1 := p.moves.(*perceptron.Compact)
	labeler, ok2 := p.labeler.(*perceptron.Compact)
	if !ok1 || !ok2 {
		return errors.New("parse: only a finished model can be written")
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	// A model without word classes is written as before them, so that
	// retraining it gives the same bytes.
	mg := magicV2
	if len(p.words) > 0 {
		mg = magic
	}
	modelio.WriteString32(bw, mg)
	binary.Write(bw, binary.LittleEndian, uint32(max(p.beam, 1)))
	binary.Write(bw, binary.LittleEndian, uint32(len(p.labels)))
	for _, l := range p.labels {
		modelio.WriteString32(bw, l)
	}
	if mg == magic {
		binary.Write(bw, binary.LittleEndian, uint32(len(p.words)))
		for _, w := range p.words {
			modelio.WriteString32(bw, w)
			binary.Write(bw, binary.LittleEndian, p.wc[wordOnly(w)])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := moves.Encode(zw, featureVersion+"/moves"); err != nil {
		return err
	}
	if err := labeler.Encode(zw, featureVersion+"/labels"); err != nil {
		return err
	}
	return zw.Close()
}

// Features returns the number of feature rows of the move and label models.
func (p *Parser) Features() (moves, labels int) {
	type counter interface{ Features() int }
	if c, ok := p.moves.(counter); ok {
		moves = c.Features()
	}
	if c, ok := p.labeler.(counter); ok {
		labels = c.Features()
	}
	return moves, labels
}

// Process parses every sentence of doc, setting each token's Head and
// Deprel.
func (p *Parser) Process(doc *sitrep.Document) error {
	wk, _ := p.pool.Get().(*work)
	if wk == nil {
		wk = &work{s: newState(0), scores: make([]float32, max(nMoves, len(p.labels)))}
	}
	defer p.pool.Put(wk)
	for si := range doc.Sentences {
		from, to := doc.SentenceTokens(si)
		if from < 0 || to > len(doc.Tokens) || from > to {
			return sitrep.Errorf(sitrep.EInvalid, "parse: sentence %d has bad token range [%d, %d)", si, from, to)
		}
		if from == to {
			continue
		}
		wk.x.load(doc, from, to, p.wc)
		if p.beam > 1 {
			p.parseBeam(wk)
		} else {
			p.parse(wk)
		}
		for i := 0; i < to-from; i++ {
			t := &doc.Tokens[from+i]
			t.Head, t.Deprel = -1, "root"
			if h := wk.s.head[i]; h != wk.s.n {
				t.Head = from + h
				t.Deprel = p.labels[wk.s.label[i]]
			}
		}
	}
	return nil
}

// parse runs the greedy parser over wk.x; the tree is left in wk.s.
func (p *Parser) parse(wk *work) {
	s := wk.s
	s.reset(wk.x.len())
	for !s.terminal() {
		wk.feats = moveFeatures(s, &wk.x, wk.feats[:0])
		sc := wk.scores[:nMoves]
		clear(sc)
		p.moves.Scores(wk.feats, sc)
		move := bestMove(s, sc)
		p.step(wk, move)
	}
}

// step applies move and labels the arc it makes; it returns the arc.
func (p *Parser) step(wk *work, move int) (h, d int) {
	s := wk.s
	h, d = s.apply(move)
	if d == none {
		return h, d
	}
	s.setLabel(d, p.predictLabel(wk, s, h, d))
	return h, d
}

func (p *Parser) predictLabel(wk *work, s *state, h, d int) int {
	if h == s.n {
		return p.root
	}
	wk.feats = labelFeatures(s, &wk.x, h, d, wk.feats[:0])
	sc := wk.scores[:len(p.labels)]
	clear(sc)
	p.labeler.Scores(wk.feats, sc)
	return perceptron.Best(sc, func(l int) bool { return l != p.root })
}

// bestMove returns the highest-scoring valid move; ties go to the lower
// move, for determinism.
func bestMove(s *state, scores []float32) int {
	best := none
	for m := 0; m < nMoves; m++ {
		if s.valid(m) && (best == none || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}

// Beam returns the beam width the parser searches with; 1 is greedy.
func (p *Parser) Beam() int { return p.beam }

// Tuned returns a copy of p that searches with a beam of width beam (1:
// greedy; 0 keeps p's) and, when prune > 0, without the feature rows whose
// weights all lie below prune: smaller and faster, a little less accurate.
func (p *Parser) Tuned(beam int, prune float32) *Parser {
	q := &Parser{labels: p.labels, root: p.root, moves: p.moves, labeler: p.labeler, beam: p.beam, wc: p.wc, words: p.words}
	if beam > 0 {
		q.beam = beam
	}
	if prune > 0 {
		if c, ok := q.moves.(*perceptron.Compact); ok {
			q.moves = c.Pruned(prune)
		}
		if c, ok := q.labeler.(*perceptron.Compact); ok {
			q.labeler = c.Pruned(prune)
		}
	}
	return q
}

// setWordClasses keys the classes of words by the hash the parser gives
// the words, and keeps the words sorted for Write. No classes means none.
func (p *Parser) setWordClasses(classes map[string]uint16) {
	p.wc, p.words = nil, nil
	if len(classes) == 0 {
		return
	}
	for w := range classes {
		// Read refuses a longer word, so a model trained with one
		// could be written but not loaded; no real word is that long.
		if len(w) <= maxClassWord {
			p.words = append(p.words, w)
		}
	}
	if len(p.words) == 0 {
		return
	}
	sort.Strings(p.words)
	// Words the hash merges (digits all hash as 0) keep the class of
	// the first in sorted order, whatever the map's order.
	p.wc = make(map[uint64]uint16, len(classes))
	for _, w := range p.words {
		h := wordOnly(w)
		if _, dup := p.wc[h]; !dup {
			p.wc[h] = classes[w]
		}
	}
}

func wordOnly(s string) uint64 {
	w, _ := wordHash(s)
	return w
}
