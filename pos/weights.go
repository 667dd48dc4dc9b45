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
// feature keys to runs of (class, weight) pairs. A slot keeps its key beside
// the place of its run, and a run keeps each class beside its weight, so that
// a lookup costs two cache misses rather than one per array; tagging is
// bound by those misses.
type weights struct {
	n     int
	mask  uint64
	slots []slot  // key 0 marks an empty slot
	runs  []entry // run of a slot: runs[start : start+count]
	rows  int
}

type slot struct {
	key   uint64
	start uint32
	count uint32
}

type entry struct {
	w   float32
	cls uint32
}

// put places a row's key and appends its run; false if the key is there.
func (ws *weights) put(k uint64, cls []uint8, w func(j int) float32) bool {
	i := mix(k) & ws.mask
	for ws.slots[i].key != 0 && ws.slots[i].key != k {
		i = (i + 1) & ws.mask
	}
	if ws.slots[i].key == k {
		return false
	}
	ws.slots[i] = slot{key: k, start: uint32(len(ws.runs)), count: uint32(len(cls))}
	for j, c := range cls {
		ws.runs = append(ws.runs, entry{w: w(j), cls: uint32(c)})
	}
	return true
}

func newWeights(n, rows int) *weights {
	size := 1
	for size < rows*2 {
		size <<= 1
	}
	return &weights{n: n, mask: uint64(size - 1), slots: make([]slot, size), rows: rows}
}

func buildWeights(n int, rows []sparseRow) *weights {
	ws := newWeights(n, len(rows))
	for _, r := range rows {
		k := r.key
		if k == 0 {
			k = 1 // 0 marks empty slots; a collision with key 1 is harmless
		}
		ws.put(k, r.cls, func(j int) float32 { return r.w[j] })
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
	var want, home, keys [batch]uint64
	for len(feats) > 0 {
		n := min(len(feats), batch)
		for j, k := range feats[:n] {
			if k == 0 {
				k = 1
			}
			want[j], home[j] = k, mix(k)&ws.mask
		}
		for j := range n {
			keys[j] = ws.slots[home[j]].key
		}
		for j := range n {
			k, i, kk := want[j], home[j], keys[j]
			for kk != k && kk != 0 {
				i = (i + 1) & ws.mask
				kk = ws.slots[i].key
			}
			if kk == 0 {
				continue
			}
			sl := ws.slots[i]
			for _, e := range ws.runs[sl.start : sl.start+sl.count] {
				scores[e.cls] += e.w
			}
		}
		feats = feats[n:]
	}
}

// Weights are stored as int16 multiples of one scale per table: half the
// bytes of float32, so a smaller file that loads faster, and the rounding
// (under 1/65536 of the largest weight) changes no decision we could
// measure.

// write stores the table as its rows: key, count, classes, weights.
func (ws *weights) write(w io.Writer) error {
	var maxAbs float64
	for _, e := range ws.runs {
		maxAbs = max(maxAbs, math.Abs(float64(e.w)))
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
	for i, sl := range ws.slots {
		if sl.key != 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return ws.slots[idx[a]].key < ws.slots[idx[b]].key })
	for _, i := range idx {
		sl := ws.slots[i]
		buf = binary.LittleEndian.AppendUint64(buf, sl.key)
		run := ws.runs[sl.start : sl.start+sl.count]
		buf = append(buf, uint8(len(run)))
		for _, e := range run {
			buf = append(buf, uint8(e.cls))
		}
		for _, e := range run {
			q := int16(math.Round(float64(e.w / scale)))
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
	ws := newWeights(n, nr)
	ws.runs = make([]entry, 0, len(data)/4)
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
		if !ws.put(k, cls, func(j int) float32 { return float32(int16(binary.LittleEndian.Uint16(data[c+2*j:]))) * scale }) {
			return nil, nil, fmt.Errorf("weights: row %d repeats a feature", row)
		}
		data = data[3*c:]
	}
	return ws, data, nil
}
