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
// feature keys to runs of (class, weight) pairs. Tagging is bound by the
// cache misses of its look-ups, so the table is kept small and dense: a
// slot is one word (a 31-bit fingerprint of the key beside the place of its
// run), a run is its length and then one 32-bit word per entry (an int16
// weight beside its class),
// and scores are summed as integers and scaled once. The full keys sit
// apart, cold, for Write.
//
// A fingerprint stands for its key: an absent feature whose fingerprint
// equals that of a present one on its probe path (about 1 in 10^9 look-ups)
// adds that row's weights. The tags of EWT dev and test came out identical
// to those of full-key look-ups.
type weights struct {
	n     int
	mask  uint64
	slots []uint64 // fingerprint<<32 | start of the run; 0 marks an empty slot
	keys  []uint64 // the full key of each slot
	runs  []uint32 // a run: its length, then uint16(weight)<<16 | class per entry
	scale float32  // a weight is its int16 times scale
	rows  int
}

func fingerprint(k uint64) uint64 { return k>>32 | 1 }

// put places a row's key and appends its run of quantised weights; false if
// the key is there already.
func (ws *weights) put(k uint64, cls []uint8, q func(j int) int16) bool {
	i := mix(k) & ws.mask
	for ws.slots[i] != 0 && ws.keys[i] != k {
		i = (i + 1) & ws.mask
	}
	if ws.slots[i] != 0 {
		return false
	}
	ws.slots[i] = fingerprint(k)<<32 | uint64(uint32(len(ws.runs)))
	ws.keys[i] = k
	ws.runs = append(ws.runs, uint32(len(cls)))
	for j, c := range cls {
		ws.runs = append(ws.runs, uint32(uint16(q(j)))<<16|uint32(c))
	}
	return true
}

func newWeights(n, rows int, scale float32) *weights {
	size := 1
	for size < rows+rows/2 {
		size <<= 1
	}
	return &weights{n: n, mask: uint64(size - 1), slots: make([]uint64, size), keys: make([]uint64, size), rows: rows, scale: scale}
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
	ws := newWeights(n, len(rows), scale)
	for _, r := range rows {
		k := r.key
		if k == 0 {
			k = 1 // 0 marks empty slots; a collision with key 1 is harmless
		}
		ws.put(k, r.cls, func(j int) int16 { return int16(math.Round(float64(r.w[j] / scale))) })
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

// add adds the weights of feats into scores. It goes in two passes, first
// reading every feature's home slot and then comparing and adding, so that
// the cache misses of the home slots overlap instead of following each other.
func (ws *weights) add(feats []uint64, scores []float32) {
	const batch = 32
	var acc [256]int32
	sum := acc[:ws.n]
	var want, home, found [batch]uint64
	for len(feats) > 0 {
		n := min(len(feats), batch)
		for j, k := range feats[:n] {
			if k == 0 {
				k = 1
			}
			want[j], home[j] = fingerprint(k), mix(k)&ws.mask
		}
		for j := range n {
			found[j] = ws.slots[home[j]]
		}
		for j := range n {
			fp, i, sl := want[j], home[j], found[j]
			for sl>>32 != fp && sl != 0 {
				i = (i + 1) & ws.mask
				sl = ws.slots[i]
			}
			if sl == 0 {
				continue
			}
			start := uint32(sl) + 1
			for _, e := range ws.runs[start : start+ws.runs[start-1]] {
				sum[e&0xffff] += int32(int16(e >> 16))
			}
		}
		feats = feats[n:]
	}
	for c, v := range sum {
		if v != 0 {
			scores[c] += float32(v) * ws.scale
		}
	}
}

// Weights are stored as int16 multiples of one scale per table: half the
// bytes of float32, so a smaller file that loads faster, and the rounding
// (under 1/65536 of the largest weight) changes no decision we could
// measure.

// write stores the table as its rows, in key order so that the same model
// gives the same bytes: key, count, classes, int16 weights.
func (ws *weights) write(w io.Writer) error {
	var buf []byte
	buf = binary.LittleEndian.AppendUint32(buf, uint32(ws.n))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(ws.rows))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(ws.scale))
	idx := make([]int, 0, ws.rows)
	for i, sl := range ws.slots {
		if sl != 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return ws.keys[idx[a]] < ws.keys[idx[b]] })
	for _, i := range idx {
		start := uint32(ws.slots[i]) + 1
		run := ws.runs[start : start+ws.runs[start-1]]
		buf = binary.LittleEndian.AppendUint64(buf, ws.keys[i])
		buf = append(buf, uint8(len(run)))
		for _, e := range run {
			buf = append(buf, uint8(e))
		}
		for _, e := range run {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(e>>16))
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
	ws := newWeights(n, nr, scale)
	ws.runs = make([]uint32, 0, len(data)/3)
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
		cls := data[:c]
		for _, cl := range cls {
			if int(cl) >= n {
				return nil, nil, fmt.Errorf("weights: row %d: class %d out of range", row, cl)
			}
		}
		if !ws.put(k, cls, func(j int) int16 { return int16(binary.LittleEndian.Uint16(data[c+2*j:])) }) {
			return nil, nil, fmt.Errorf("weights: row %d repeats a feature", row)
		}
		data = data[3*c:]
	}
	return ws, data, nil
}
