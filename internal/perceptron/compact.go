package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"

	"sitrep/internal/modelio"
)

// Compact is a read-only model for shipping: the averaged weights of a
// Model with near-zero rows pruned, quantised to int16 with one scale, in
// an open-addressing table. It is a fraction of the size of a Model on disk,
// loads without building a Go map, and scores faster. Safe for concurrent
// use.
type Compact struct {
	NClasses int
	scale    float32
	size     uint64 // slots
	// The cost of scoring is cache misses, not arithmetic, so a slot is
	// one word of tab and keeps a fingerprint of its key, not the key:
	//   - packed models (three classes or fewer, such as the parser's
	//     moves) keep a 16-bit fingerprint beside the three int16 weights;
	//   - the others keep a 32-bit fingerprint beside the start of the
	//     row's run in runs: its length, then one word per nonzero weight
	//     (uint16(weight)<<16 | class). Rows are sparse (the parser's
	//     labels: 5 of 51 weights nonzero on average), so this is a
	//     quarter of the memory of dense rows and a tenth of the adds.
	// 0 marks an empty slot. The full keys, needed only to write or prune
	// the model, sit apart in keys (a feature whose hash is 0 is stored
	// as 1). A lookup of an absent feature that gets past the filter
	// matches a stored fingerprint about once in 10^4 probes (packed) or
	// 10^9 (sparse) and adds that row's weights: a rare, deterministic
	// error.
	tab    []uint64
	runs   []uint32
	n      int
	packed bool
	keys   []uint64
	// filter has one bit set per key, at least eight bits per key and
	// small enough to stay in cache: most features looked up at parse
	// time are absent, and the filter turns most of those lookups from a
	// cache miss in the big table into a hit in the small one.
	filter []uint64
	fshift uint
}

// Compact prunes rows whose largest averaged weight is below minWeight in
// absolute value and quantises the rest. Average the model first.
func (m *Model) Compact(minWeight float32) (*Compact, error) {
	if m.train {
		return nil, errors.New("perceptron: average the model before compacting it")
	}
	n := m.NClasses
	var maxAbs float32
	for _, v := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var keys []uint64
	for k, r := range m.rows {
		row := m.w[int(r)*n : int(r)*n+n]
		keep := false
		for _, v := range row {
			if float32(math.Abs(float64(v))) >= minWeight && math.Abs(float64(v/scale)) >= 0.5 {
				keep = true
				break
			}
		}
		if keep {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	c := newCompact(n, len(keys), scale)
	q := make([]int16, n)
	for _, k := range keys {
		r := int(m.rows[k])
		for j, v := range m.w[r*n : r*n+n] {
			q[j] = int16(math.Round(float64(v / scale)))
		}
		c.put(k, q)
	}
	return c, nil
}

func newCompact(nclasses, nrows int, scale float32) *Compact {
	// A load factor of 0.7 with linear probing: lookups of absent
	// features, the common case, still end within a cache line or two,
	// and the table is half the size of a power of two at 0.5.
	size := max(8, nrows*10/7+1)
	fbits := uint(6)
	for 1<<fbits < 8*nrows {
		fbits++
	}
	return &Compact{NClasses: nclasses, scale: scale, size: uint64(size),
		filter: make([]uint64, 1<<(fbits-6)), fshift: 64 - fbits,
		packed: nclasses <= 3, tab: make([]uint64, size), keys: make([]uint64, size)}
}

// fingerprint is the 16 bits of k a packed slot keeps; never 0, which
// marks an empty slot.
func fingerprint(k uint64) uint64 {
	fp := (k * 0x94d049bb133111eb) >> 48
	if fp == 0 {
		fp = 1
	}
	return fp
}

// fingerprint32 is the 32 bits of k a sparse slot keeps; never 0.
func fingerprint32(k uint64) uint64 { return (k*0x94d049bb133111eb)>>32 | 1 }

// slot maps a key to its home slot: mixed (FNV's low bits are weak), then
// scaled to the table size by a multiplication, not a division.
func (c *Compact) slot(k uint64) uint64 {
	k ^= k >> 31
	k *= 0x9e3779b97f4a7c15
	k ^= k >> 29
	hi, _ := bits.Mul64(k, c.size)
	return hi
}

func (c *Compact) nextSlot(i uint64) uint64 {
	if i++; i == c.size {
		return 0
	}
	return i
}

// NewCompact returns an empty table for nrows rows of nclasses classes,
// whose weights are int16 multiples of scale, to be filled with Put; for
// models trained outside Model (the tagger's own sparse trainer).
func NewCompact(nclasses, nrows int, scale float32) *Compact {
	return newCompact(nclasses, nrows, scale)
}

// Put adds the row of key k, its NClasses quantised weights (a shorter
// row leaves the classes after it zero); false, and no change, when k has
// a row already. A row longer than NClasses is a caller's error and
// panics: Scores would drop or misfile its extra classes (addRun masks the
// class to the array's size).
func (c *Compact) Put(k uint64, row []int16) bool {
	if len(row) > c.NClasses {
		panic(fmt.Sprintf("perceptron: Put: row of %d weights in a table of %d classes", len(row), c.NClasses))
	}
	if k == 0 {
		k = 1
	}
	i := c.home(k)
	if c.keys[i] != 0 {
		return false
	}
	c.putAt(i, k, row)
	return true
}

// Scale is the weight of one int16 step.
func (c *Compact) Scale() float32 { return c.scale }

// Rows calls f for every row in ascending key order, with the classes of
// its nonzero weights and those weights.
func (c *Compact) Rows(f func(k uint64, cls []int, w []int16)) {
	var slots []int
	for i := range int(c.size) {
		if c.keys[i] != 0 {
			slots = append(slots, i)
		}
	}
	sort.Slice(slots, func(a, b int) bool { return c.keys[slots[a]] < c.keys[slots[b]] })
	var cls []int
	var w []int16
	for _, i := range slots {
		cls, w = cls[:0], w[:0]
		if c.packed {
			for j := range c.NClasses {
				if v := c.weight(i, j); v != 0 {
					cls, w = append(cls, j), append(w, v)
				}
			}
		} else {
			for _, e := range c.run(i) {
				cls, w = append(cls, int(e&0xffff)), append(w, int16(e>>16))
			}
		}
		f(c.keys[i], cls, w)
	}
}

// home returns the slot of key k: its own, or the empty one where it would
// go.
func (c *Compact) home(k uint64) uint64 {
	i := c.slot(k)
	for c.keys[i] != 0 && c.keys[i] != k {
		i = c.nextSlot(i)
	}
	return i
}

func (c *Compact) put(k uint64, row []int16) {
	if k == 0 {
		k = 1
	}
	c.putAt(c.home(k), k, row)
}

// putAt writes the row of key k into slot i, its home.
func (c *Compact) putAt(i, k uint64, row []int16) {
	if c.keys[i] == 0 {
		c.n++
	}
	c.keys[i] = k
	b := c.filterBit(k)
	c.filter[b>>6] |= 1 << (b & 63)
	if c.packed {
		w := fingerprint(k) << 48
		for j, v := range row {
			w |= uint64(uint16(v)) << (16 * j)
		}
		c.tab[i] = w
		return
	}
	// A row put twice leaves its first run unused; only a corrupt file
	// does that.
	start := len(c.runs)
	c.runs = append(c.runs, 0)
	for j, v := range row {
		if v != 0 {
			c.runs = append(c.runs, uint32(uint16(v))<<16|uint32(j))
		}
	}
	c.runs[start] = uint32(len(c.runs) - start - 1)
	c.tab[i] = fingerprint32(k)<<32 | uint64(start)
}

func (c *Compact) key(slot int) uint64 { return c.keys[slot] }

// run returns the nonzero weights of a sparse table's slot.
func (c *Compact) run(slot int) []uint32 {
	start := uint32(c.tab[slot])
	return c.runs[start+1 : start+1+c.runs[start]]
}

// weight returns weight j of slot.
func (c *Compact) weight(slot, j int) int16 {
	if c.packed {
		return int16(c.tab[slot] >> (16 * j))
	}
	for _, e := range c.run(slot) {
		if int(e&0xffff) == j {
			return int16(e >> 16)
		}
	}
	return 0
}

// filterBit is the bit of the filter that k sets. fshift is at most 58,
// so masking it to 63 changes nothing but spares the compiler's test for
// a shift of 64 or more, three instructions in every lookup.
func (c *Compact) filterBit(k uint64) uint64 { return (k * filterMul) >> (c.fshift & 63) }

const filterMul = 0xbf58476d1ce4e5b9

// Scores adds the weights of feats into scores (len NClasses), which the
// caller zeroes. Unknown features are ignored.
//
// The lookups go in two passes over chunks of features: the first finds
// the home slot of each feature the filter lets through and reads it,
// the second compares fingerprints and adds rows. The reads of the first
// pass do not depend on one another, so their cache misses overlap
// instead of waiting in line behind each feature's branch.
func (c *Compact) Scores(feats []uint64, scores []float32) {
	if c.packed {
		c.scoresPacked(feats, scores)
		return
	}
	n := c.NClasses
	// Room for the tagger's joint UPOS+XPOS classes, more than 64, whose
	// sums were otherwise allocated on every call.
	var acc [128]int32
	sum := acc[:0]
	if n <= len(acc) {
		sum = acc[:n]
	} else {
		sum = make([]int32, n)
	}
	const chunk = 64
	var keep, fps, slots, found [chunk]uint64
	for len(feats) > 0 {
		part := feats[:min(len(feats), chunk)]
		feats = feats[len(part):]
		m := filtered(c, part, &keep)
		for j, k := range keep[:m] {
			i := c.slot(k)
			fps[j], slots[j], found[j] = fingerprint32(k), i, c.tab[i]
		}
		h := 0
		for j := 0; j < m; j++ {
			fp, i, w := fps[j], slots[j], found[j]
			for w>>32 != fp {
				if w == 0 {
					break
				}
				i = c.nextSlot(i)
				w = c.tab[i]
			}
			if w == 0 {
				continue
			}
			slots[h] = uint64(uint32(w))
			h++
		}
		// The runs of the rows found are read in a pass of their own,
		// whose loads do not wait on one another, before the adds, whose
		// loops of varying length mispredict and stall those misses.
		for j := 0; j < h; j++ {
			start := slots[j]
			found[j] = uint64(c.runs[start])
		}
		for j := 0; j < h; j++ {
			start := slots[j]
			run := c.runs[start+1 : start+1+found[j]]
			if n <= len(acc) {
				addRun(&acc, run)
				continue
			}
			for _, e := range run {
				sum[e&0xffff] += int32(e) >> 16
			}
		}
	}
	for j, v := range sum {
		scores[j] += float32(v) * c.scale
	}
}

// addRun adds the weights of one run into sum. These adds are most of
// the instructions of scoring a sparse table (a tagger row has about 28
// nonzero weights, a label row 19), so the loop takes four entries a step,
// int32(e)>>16 is the entry's int16 weight sign-extended in one shift, and
// the class is masked to the array's size rather than checked against it:
// a table of at most 128 classes has no class above 127. The sums are
// integers, so the order of the adds cannot change them.
func addRun(sum *[128]int32, run []uint32) {
	for len(run) >= 4 {
		q := (*[4]uint32)(run)
		sum[q[0]&127] += int32(q[0]) >> 16
		sum[q[1]&127] += int32(q[1]) >> 16
		sum[q[2]&127] += int32(q[2]) >> 16
		sum[q[3]&127] += int32(q[3]) >> 16
		run = run[4:]
	}
	for _, e := range run {
		sum[e&127] += int32(e) >> 16
	}
}

// filtered copies into keep the features of part (at most 64) that
// the filter lets through, 0 read as 1, and returns how many. It has no
// branch on the filter, whose answers are too mixed to predict.
//
// It is kept out of line: inlined into the scoring loops, it had its
// counters spilled to the stack on every feature, as those functions hold
// more live values than there are registers.
//
//go:noinline
func filtered(c *Compact, part []uint64, keep *[64]uint64) int {
	m := 0
	filter, shift := c.filter, c.fshift&63
	for _, k := range part {
		if k == 0 {
			k = 1
		}
		b := (k * filterMul) >> shift // c.filterBit(k), the shift held in a register
		keep[m&63] = k
		m += int(filter[b>>6] >> (b & 63) & 1)
	}
	return m
}

// scoresPacked is Scores for packed tables: a slot whose fingerprint
// matches is taken as the feature's.
func (c *Compact) scoresPacked(feats []uint64, scores []float32) {
	const chunk = 64
	var keep, fps, found [chunk]uint64
	var slots [chunk]uint64
	var s0, s1, s2 int32
	for len(feats) > 0 {
		part := feats[:min(len(feats), chunk)]
		feats = feats[len(part):]
		m := filtered(c, part, &keep)
		for j, k := range keep[:m] {
			i := c.slot(k)
			fps[j], slots[j], found[j] = fingerprint(k), i, c.tab[i]
		}
		for j := 0; j < m; j++ {
			fp, i, w := fps[j], slots[j], found[j]
			for w>>48 != fp {
				if w == 0 {
					break
				}
				i = c.nextSlot(i)
				w = c.tab[i]
			}
			if w == 0 {
				continue
			}
			s0 += int32(int16(w))
			s1 += int32(int16(w >> 16))
			s2 += int32(int16(w >> 32))
		}
	}
	sum := [3]int32{s0, s1, s2}
	for j := range c.NClasses {
		scores[j] += float32(sum[j]) * c.scale
	}
}

// Features returns how many feature rows the model has.
func (c *Compact) Features() int { return c.n }

const compactMagic = "sitrep-perceptron-compact-1"

// Write writes the model, gzip-compressed, with the caller's feature
// version in the header.
func (c *Compact) Write(w io.Writer, featureVersion string) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err := c.Encode(zw, featureVersion); err != nil {
		return err
	}
	return zw.Close()
}

// Encode writes the model uncompressed, for containers that hold several
// models in one stream. Keys go in ascending order as varint deltas, so
// the same model gives the same bytes.
func (c *Compact) Encode(w io.Writer, featureVersion string) error {
	bw := bufio.NewWriter(w)
	modelio.WriteString32(bw, compactMagic)
	modelio.WriteString32(bw, featureVersion)
	binary.Write(bw, binary.LittleEndian, uint32(c.NClasses))
	binary.Write(bw, binary.LittleEndian, uint32(c.n))
	binary.Write(bw, binary.LittleEndian, math.Float32bits(c.scale))
	slots := make([]int, 0, c.n)
	for i := range int(c.size) {
		if c.key(i) != 0 {
			slots = append(slots, i)
		}
	}
	sort.Slice(slots, func(a, b int) bool { return c.key(slots[a]) < c.key(slots[b]) })
	var buf [binary.MaxVarintLen64]byte
	prev := uint64(0)
	for _, i := range slots {
		bw.Write(buf[:binary.PutUvarint(buf[:], c.key(i)-prev)])
		prev = c.key(i)
	}
	// Weights column by column: the same class's weights side by side
	// compress better.
	var two [2]byte
	for j := 0; j < c.NClasses; j++ {
		for _, i := range slots {
			binary.LittleEndian.PutUint16(two[:], uint16(c.weight(i, j)))
			bw.Write(two[:])
		}
	}
	return bw.Flush()
}

// ReadCompact loads a model written by Compact.Write. A model for another
// feature version is an error.
func ReadCompact(r io.Reader, featureVersion string) (*Compact, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	return DecodeCompact(bufio.NewReaderSize(zr, 1<<16), featureVersion)
}

// DecodeCompact reads a model written by Compact.Encode, consuming exactly
// its bytes from br.
func DecodeCompact(br *bufio.Reader, featureVersion string) (*Compact, error) {
	mg, err := modelio.ReadString32(br, 1<<16)
	if err != nil || mg != compactMagic {
		return nil, errors.New("perceptron: not a compact model file")
	}
	fv, err := modelio.ReadString32(br, 1<<16)
	if err != nil {
		return nil, errors.New("perceptron: truncated header")
	}
	if fv != featureVersion {
		return nil, fmt.Errorf("perceptron: model has features %q, code expects %q: retrain it", fv, featureVersion)
	}
	var hdr [3]uint32
	if err := binary.Read(br, binary.LittleEndian, &hdr); err != nil {
		return nil, fmt.Errorf("perceptron: truncated header: %w", err)
	}
	nc, nr, scale := int(hdr[0]), int(hdr[1]), math.Float32frombits(hdr[2])
	if nc == 0 || nc > 1<<12 || nr > 1<<25 || !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, errors.New("perceptron: implausible model dimensions")
	}
	// Grow rather than trust the header's sizes: a corrupt header must
	// not allocate gigabytes.
	keys := make([]uint64, 0, min(nr, 1<<16))
	prev := uint64(0)
	for range nr {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("perceptron: truncated model: %w", err)
		}
		prev += d
		keys = append(keys, prev)
	}
	raw, err := io.ReadAll(io.LimitReader(br, int64(2*nr*nc)))
	if err != nil || len(raw) != 2*nr*nc {
		return nil, fmt.Errorf("perceptron: truncated model")
	}
	c := newCompact(nc, nr, scale)
	row := make([]int16, nc)
	for i, k := range keys {
		for j := range row {
			o := 2 * (j*nr + i)
			row[j] = int16(binary.LittleEndian.Uint16(raw[o:]))
		}
		c.put(k, row)
	}
	return c, nil
}

// Pruned returns a copy of c without the rows whose weights all lie below
// minWeight in absolute value, to trade accuracy for size and speed after
// training.
func (c *Compact) Pruned(minWeight float32) *Compact {
	limit := int32(minWeight / c.scale)
	var keep []int
	for i := range int(c.size) {
		if c.key(i) == 0 {
			continue
		}
		for j := 0; j < c.NClasses; j++ {
			if v := int32(c.weight(i, j)); v >= limit || -v >= limit {
				keep = append(keep, i)
				break
			}
		}
	}
	out := newCompact(c.NClasses, len(keep), c.scale)
	row := make([]int16, c.NClasses)
	for _, i := range keep {
		for j := range row {
			row[j] = c.weight(i, j)
		}
		out.put(c.key(i), row)
	}
	return out
}

// RowMax returns each row's largest absolute weight, for choosing a
// pruning threshold.
func (c *Compact) RowMax() []float32 {
	var out []float32
	for i := range int(c.size) {
		if c.key(i) == 0 {
			continue
		}
		m := int32(0)
		for j := 0; j < c.NClasses; j++ {
			v := int32(c.weight(i, j))
			m = max(m, v, -v)
		}
		out = append(out, float32(m)*c.scale)
	}
	return out
}
