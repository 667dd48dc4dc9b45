// Package perceptron is the averaged multiclass perceptron shared by the
// tagger, parser and entity recogniser. Features are 64-bit hashes that a
// component computes with the same function in training and inference, so
// that the two cannot drift; weights live in one flat array indexed by
// feature row and class.
package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"sitrep/internal/modelio"
)

// Model scores classes for a bag of hashed features.
type Model struct {
	NClasses int
	rows     map[uint64]int32
	w        []float32

	// Training state for averaging: totals accumulate weight*time lazily.
	train  bool
	totals []float64
	stamps []int64
	step   int64
}

// New returns a model ready for training.
func New(nclasses int) *Model {
	return &Model{NClasses: nclasses, rows: map[uint64]int32{}, train: true}
}

// Scores adds the weights of feats into scores (len NClasses), which the
// caller zeroes. Unknown features are ignored.
func (m *Model) Scores(feats []uint64, scores []float32) {
	n := m.NClasses
	for _, f := range feats {
		r, ok := m.rows[f]
		if !ok {
			continue
		}
		row := m.w[int(r)*n : int(r)*n+n]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// Best returns the highest scoring class among those allowed (all when
// allowed is nil); ties go to the lower class index, for determinism.
func Best(scores []float32, allowed func(int) bool) int {
	best, bs := -1, float32(math.Inf(-1))
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if s > bs {
			best, bs = c, s
		}
	}
	return best
}

func (m *Model) row(f uint64) int32 {
	r, ok := m.rows[f]
	if !ok {
		r = int32(len(m.rows))
		m.rows[f] = r
		m.w = append(m.w, make([]float32, m.NClasses)...)
		m.totals = append(m.totals, make([]float64, m.NClasses)...)
		m.stamps = append(m.stamps, make([]int64, m.NClasses)...)
	}
	return r
}

// Tick advances the averaging clock; call it once per training example.
func (m *Model) Tick() { m.step++ }

// Update moves weight from guess to gold for feats.
func (m *Model) Update(feats []uint64, gold, guess int, amount float32) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r := int(m.row(f)) * m.NClasses
		m.bump(r+gold, amount)
		if guess >= 0 {
			m.bump(r+guess, -amount)
		}
	}
}

func (m *Model) bump(i int, v float32) {
	m.totals[i] += float64(m.step-m.stamps[i]) * float64(m.w[i])
	m.stamps[i] = m.step
	m.w[i] += v
}

// Average replaces the weights by their average over training time and
// drops features whose averaged weights are all zero. The model can no
// longer be trained.
func (m *Model) Average() {
	if !m.train {
		return
	}
	n := m.NClasses
	keys := make([]uint64, 0, len(m.rows))
	for k := range m.rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	rows := make(map[uint64]int32, len(keys))
	var w []float32
	for _, k := range keys {
		r := int(m.rows[k]) * n
		avg := make([]float32, n)
		nz := false
		for c := 0; c < n; c++ {
			i := r + c
			total := m.totals[i] + float64(m.step-m.stamps[i])*float64(m.w[i])
			if m.step > 0 {
				avg[c] = float32(total / float64(m.step))
			}
			if math.Abs(float64(avg[c])) > 1e-6 {
				nz = true
			}
		}
		if nz {
			rows[k] = int32(len(rows))
			w = append(w, avg...)
		}
	}
	m.rows, m.w, m.totals, m.stamps, m.train = rows, w, nil, nil, false
}

// Features returns how many feature rows the model has.
func (m *Model) Features() int { return len(m.rows) }

const magic = "sitrep-perceptron-1"

// Write writes the averaged model, gzip-compressed, with the caller's
// feature version in the header so that a model made for other features is
// rejected on load. Rows are written in key order, so the same training run
// gives the same bytes.
func (m *Model) Write(w io.Writer, featureVersion string) error {
	if m.train {
		return errors.New("perceptron: average the model before writing it")
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	modelio.WriteString32(bw, magic)
	modelio.WriteString32(bw, featureVersion)
	binary.Write(bw, binary.LittleEndian, uint32(m.NClasses))
	binary.Write(bw, binary.LittleEndian, uint32(len(m.rows)))
	keys := make([]uint64, len(m.rows))
	for k, r := range m.rows {
		keys[r] = k
	}
	for i, k := range keys {
		binary.Write(bw, binary.LittleEndian, k)
		binary.Write(bw, binary.LittleEndian, m.w[i*m.NClasses:(i+1)*m.NClasses])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write. A model for another feature version
// is an error.
func Read(r io.Reader, featureVersion string) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	br := bufio.NewReader(zr)
	mg, err := modelio.ReadString32(br, 1<<16)
	if err != nil || mg != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	fv, err := modelio.ReadString32(br, 1<<16)
	if err != nil {
		return nil, errors.New("perceptron: truncated header")
	}
	if fv != featureVersion {
		return nil, fmt.Errorf("perceptron: model has features %q, code expects %q: retrain it", fv, featureVersion)
	}
	var nc, nr uint32
	if err := binary.Read(br, binary.LittleEndian, &nc); err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	if err := binary.Read(br, binary.LittleEndian, &nr); err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	if nc == 0 || nc > 1<<16 || nr > 1<<26 {
		return nil, errors.New("perceptron: implausible model dimensions")
	}
	m := &Model{NClasses: int(nc), rows: make(map[uint64]int32, nr), w: make([]float32, int(nr)*int(nc))}
	for i := 0; i < int(nr); i++ {
		var k uint64
		if err := binary.Read(br, binary.LittleEndian, &k); err != nil {
			return nil, fmt.Errorf("perceptron: truncated model: %w", err)
		}
		if err := binary.Read(br, binary.LittleEndian, m.w[i*int(nc):(i+1)*int(nc)]); err != nil {
			return nil, fmt.Errorf("perceptron: truncated model: %w", err)
		}
		m.rows[k] = int32(i)
	}
	return m, nil
}

// Clone returns a deep copy of m, so that a snapshot can be averaged and
// scored while training goes on.
func (m *Model) Clone() *Model {
	c := *m
	c.rows = make(map[uint64]int32, len(m.rows))
	for k, v := range m.rows {
		c.rows[k] = v
	}
	c.w = append([]float32(nil), m.w...)
	c.totals = append([]float64(nil), m.totals...)
	c.stamps = append([]int64(nil), m.stamps...)
	return &c
}

// Add moves the weights of feats for class by amount, for updates whose
// gold and guessed features differ (beam search with early update).
func (m *Model) Add(feats []uint64, class int, amount float32) {
	for _, f := range feats {
		m.bump(int(m.row(f))*m.NClasses+class, amount)
	}
}
