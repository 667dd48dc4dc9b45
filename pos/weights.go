package pos

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The tagger keeps its own weight store rather than internal/perceptron's
// dense map of rows: after averaging most rows have only a few non-zero
// classes, so storing them sparse in an open-addressing table makes the
// model several times smaller, loads without a Go map and scores faster.
// Training is the same averaged perceptron.

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

// weights is a read-only sparse weight table: an open-addressing hash of
// feature keys to runs of (class, weight) pairs.
type weights struct {
	n     int
	mask  uint64
	keys  []uint64 // 0 marks an empty slot
	start []uint32 // run of slot i is cls/w[start[i]:start[i+1 of run]]
	count []uint8
	cls   []uint8
	w     []float32
	rows  int
}

func buildWeights(n int, rows []sparseRow) *weights {
	size := 1
	for size < len(rows)*2 {
		size <<= 1
	}
	ws := &weights{n: n, mask: uint64(size - 1), keys: make([]uint64, size), start: make([]uint32, size), count: make([]uint8, size), rows: len(rows)}
	for _, r := range rows {
		k := r.key
		if k == 0 {
			k = 1 // 0 marks empty slots; a collision with key 1 is harmless
		}
		i := mix(k) & ws.mask
		for ws.keys[i] != 0 && ws.keys[i] != k {
			i = (i + 1) & ws.mask
		}
		if ws.keys[i] == k {
			continue
		}
		ws.keys[i] = k
		ws.start[i] = uint32(len(ws.cls))
		ws.count[i] = uint8(len(r.cls))
		ws.cls = append(ws.cls, r.cls...)
		ws.w = append(ws.w, r.w...)
	}
	return ws
}

// mix spreads a key over the table; the keys are FNV hashes whose low bits
// are good, but a cheap finaliser costs nothing and guards against patterns.
func mix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	return k
}

// add adds the weights of feats into scores.
func (ws *weights) add(feats []uint64, scores []float32) {
	for _, k := range feats {
		if k == 0 {
			k = 1
		}
		i := mix(k) & ws.mask
		for {
			kk := ws.keys[i]
			if kk == k {
				s, c := ws.start[i], uint32(ws.count[i])
				cls, w := ws.cls[s:s+c], ws.w[s:s+c]
				for j, cl := range cls {
					scores[cl] += w[j]
				}
				break
			}
			if kk == 0 {
				break
			}
			i = (i + 1) & ws.mask
		}
	}
}

// Weights are stored as int16 multiples of one scale per table: half the
// bytes of float32, so a smaller file that loads faster, and the rounding
// (under 1/65536 of the largest weight) changes no decision we could
// measure.

// write stores the table as its rows: key, count, classes, weights.
func (ws *weights) write(w io.Writer) error {
	var maxAbs float64
	for _, v := range ws.w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	var buf []byte
	buf = binary.LittleEndian.AppendUint32(buf, uint32(ws.n))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(ws.rows))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(scale))
	// Rows in key order so that the same model gives the same bytes.
	idx := make([]int, 0, ws.rows)
	for i, k := range ws.keys {
		if k != 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return ws.keys[idx[a]] < ws.keys[idx[b]] })
	for _, i := range idx {
		buf = binary.LittleEndian.AppendUint64(buf, ws.keys[i])
		c := ws.count[i]
		buf = append(buf, c)
		s := ws.start[i]
		buf = append(buf, ws.cls[s:s+uint32(c)]...)
		for _, v := range ws.w[s : s+uint32(c)] {
			q := int16(math.Round(float64(v / scale)))
			buf = binary.LittleEndian.AppendUint16(buf, uint16(q))
		}
	}
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
	size := 1
	for size < nr*2 {
		size <<= 1
	}
	ws := &weights{n: n, mask: uint64(size - 1), keys: make([]uint64, size), start: make([]uint32, size), count: make([]uint8, size), rows: nr}
	ws.cls = make([]uint8, 0, len(data)/4)
	ws.w = make([]float32, 0, len(data)/4)
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
		if k == 0 {
			k = 1
		}
		i := mix(k) & ws.mask
		for ws.keys[i] != 0 && ws.keys[i] != k {
			i = (i + 1) & ws.mask
		}
		if ws.keys[i] == k {
			return nil, nil, fmt.Errorf("weights: row %d repeats a feature", row)
		}
		ws.keys[i], ws.start[i], ws.count[i] = k, uint32(len(ws.cls)), uint8(c)
		for j := 0; j < c; j++ {
			if int(data[j]) >= n {
				return nil, nil, fmt.Errorf("weights: row %d: class %d out of range", row, data[j])
			}
			ws.cls = append(ws.cls, data[j])
			q := int16(binary.LittleEndian.Uint16(data[c+2*j:]))
			ws.w = append(ws.w, float32(q)*scale)
		}
		data = data[3*c:]
	}
	return ws, data, nil
}
