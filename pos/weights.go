package pos

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"sitrep/internal/perceptron"
)

// The tagger trains with its own sparse rows rather than internal/perceptron's
// dense Model: after averaging most rows have only a few non-zero classes.
// It ships them in a perceptron.Compact, which keeps such rows sparse.

// trainer is an averaged multiclass perceptron under training.
type trainer struct {
	n      int
	rows   map[uint64]int32
	w      []float32
	totals []float64
	stamps []int64
	step   int64
}

func newTrainer(nclasses int) *trainer {
	return &trainer{n: nclasses, rows: map[uint64]int32{}}
}

func (t *trainer) scores(feats []uint64, out []float32) {
	clear(out)
	for _, f := range feats {
		r, ok := t.rows[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.n : int(r)*t.n+t.n]
		for c, v := range row {
			out[c] += v
		}
	}
}

func (t *trainer) row(f uint64) int {
	r, ok := t.rows[f]
	if !ok {
		r = int32(len(t.rows))
		t.rows[f] = r
		t.w = append(t.w, make([]float32, t.n)...)
		t.totals = append(t.totals, make([]float64, t.n)...)
		t.stamps = append(t.stamps, make([]int64, t.n)...)
	}
	return int(r) * t.n
}

func (t *trainer) update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r := t.row(f)
		t.bump(r+gold, 1)
		t.bump(r+guess, -1)
	}
}

func (t *trainer) bump(i int, v float32) {
	t.totals[i] += float64(t.step-t.stamps[i]) * float64(t.w[i])
	t.stamps[i] = t.step
	t.w[i] += v
}

// addAverage adds the trainer's averaged weights, times scale, into sum.
func (t *trainer) addAverage(sum map[uint64][]float32, scale float64) {
	for k, r := range t.rows {
		row := sum[k]
		if row == nil {
			row = make([]float32, t.n)
			sum[k] = row
		}
		base := int(r) * t.n
		for c := 0; c < t.n; c++ {
			i := base + c
			total := t.totals[i] + float64(t.step-t.stamps[i])*float64(t.w[i])
			row[c] += float32(scale * total / float64(max(t.step, 1)))
		}
	}
}

// sparseFrom builds the table from dense rows, dropping weights smaller
// in magnitude than prune.
func sparseFrom(n int, dense map[uint64][]float32, prune float64) *weights {
	keys := make([]uint64, 0, len(dense))
	for k := range dense {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var entries []sparseRow
	for _, k := range keys {
		e := sparseRow{key: k}
		for c, v := range dense[k] {
			if math.Abs(float64(v)) >= prune {
				e.cls = append(e.cls, uint8(c))
				e.w = append(e.w, v)
			}
		}
		if len(e.cls) > 0 {
			entries = append(entries, e)
		}
	}
	return buildWeights(n, entries)
}

// average returns the averaged weights as a sparse table, dropping weights
// whose magnitude is below prune, which keeps the model small at no
// measurable cost in accuracy.
func (t *trainer) average(prune float64) *weights {
	keys := make([]uint64, 0, len(t.rows))
	for k := range t.rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	avg := make([]float64, t.n)
	var entries []sparseRow
	for _, k := range keys {
		r := int(t.rows[k]) * t.n
		var e sparseRow
		e.key = k
		for c := 0; c < t.n; c++ {
			i := r + c
			total := t.totals[i] + float64(t.step-t.stamps[i])*float64(t.w[i])
			avg[c] = total / float64(max(t.step, 1))
			if math.Abs(avg[c]) >= prune {
				e.cls = append(e.cls, uint8(c))
				e.w = append(e.w, float32(avg[c]))
			}
		}
		if len(e.cls) > 0 {
			entries = append(entries, e)
		}
	}
	return buildWeights(t.n, entries)
}

type sparseRow struct {
	key uint64
	cls []uint8
	w   []float32
}

// weights is the read-only table a trained pass tags with: a
// perceptron.Compact (sparse rows of int16 weights behind one-word slots,
// scored in two passes so that cache misses overlap), read and written in
// the tagger's own row format.
type weights struct {
	*perceptron.Compact
	rows int
}

// buildWeights quantises rows to int16 multiples of one scale per table:
// the rounding (under 1/65536 of the largest weight) changes no decision we
// could measure, and halves the bytes the look-ups touch.
func buildWeights(n int, rows []sparseRow) *weights {
	var maxAbs float64
	for _, r := range rows {
		for _, v := range r.w {
			maxAbs = max(maxAbs, math.Abs(float64(v)))
		}
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	ws := &weights{perceptron.NewCompact(n, len(rows), scale), len(rows)}
	dense := make([]int16, n)
	for _, r := range rows {
		clear(dense)
		for j, c := range r.cls {
			dense[c] = int16(math.Round(float64(r.w[j] / scale)))
		}
		ws.Put(r.key, dense)
	}
	return ws
}

// add adds the weights of feats into scores, which the caller zeroes.
func (ws *weights) add(feats []uint64, scores []float32) { ws.Scores(feats, scores) }

// write stores the table as its rows, in key order so that the same model
// gives the same bytes: key, count, classes, int16 weights.
func (ws *weights) write(w io.Writer) error {
	var buf []byte
	buf = binary.LittleEndian.AppendUint32(buf, uint32(ws.NClasses))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(ws.rows))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(ws.Scale()))
	ws.Rows(func(k uint64, cls []int, q []int16) {
		buf = binary.LittleEndian.AppendUint64(buf, k)
		buf = append(buf, uint8(len(cls)))
		for _, c := range cls {
			buf = append(buf, uint8(c))
		}
		for _, v := range q {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(v))
		}
	})
	_, err := w.Write(buf)
	return err
}

// parseWeights parses one table from the front of data and returns the rest.
func parseWeights(data []byte) (*weights, []byte, error) {
	if len(data) < 12 {
		return nil, nil, errors.New("weights: truncated header")
	}
	n := int(binary.LittleEndian.Uint32(data[:4]))
	nr := int(binary.LittleEndian.Uint32(data[4:8]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(data[8:12]))
	if n <= 0 || n > 256 || nr > 1<<24 || nr > len(data)/9 || math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) {
		return nil, nil, errors.New("weights: implausible table dimensions")
	}
	data = data[12:]
	ws := &weights{perceptron.NewCompact(n, nr, scale), nr}
	dense := make([]int16, n)
	for row := 0; row < nr; row++ {
		if len(data) < 9 {
			return nil, nil, fmt.Errorf("weights: row %d truncated", row)
		}
		k := binary.LittleEndian.Uint64(data)
		c := int(data[8])
		data = data[9:]
		if len(data) < 3*c {
			return nil, nil, fmt.Errorf("weights: row %d truncated", row)
		}
		clear(dense)
		for j, cl := range data[:c] {
			if int(cl) >= n {
				return nil, nil, fmt.Errorf("weights: row %d: class %d out of range", row, cl)
			}
			dense[cl] = int16(binary.LittleEndian.Uint16(data[c+2*j:]))
		}
		if !ws.Put(k, dense) {
			return nil, nil, fmt.Errorf("weights: row %d repeats a feature", row)
		}
		data = data[3*c:]
	}
	return ws, data, nil
}
