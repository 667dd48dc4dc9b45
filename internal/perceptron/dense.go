package perceptron

// Dense is a sparse Compact laid out again for scoring many short lists:
// the same slots, filter and fingerprints, so that a lookup finds exactly
// the row Scores finds (a false fingerprint match included), but each
// slot points at a dense row of NClasses int16 weights instead of a run of
// (class, weight) pairs. It suits models whose rows are mostly nonzero
// (NER's 13 classes: 9 nonzero on average), where a dense row is smaller
// than its run and adds without a branch per weight. It is built at load
// from the Compact; the model file does not change. Safe for concurrent
// use.
type Dense struct {
	c    *Compact
	tab  []uint64 // fingerprint32(key)<<32 | row index; 0 marks an empty slot
	rows []int16  // NClasses weights a row
}

// Dense returns c laid out dense, or nil for a packed table (three
// classes or fewer), whose 16-bit fingerprints Dense does not keep.
func (c *Compact) Dense() *Dense {
	if c.packed {
		return nil
	}
	n := c.NClasses
	d := &Dense{c: c, tab: make([]uint64, len(c.tab)), rows: make([]int16, 0, c.n*n)}
	for i, w := range c.tab {
		if w == 0 {
			continue
		}
		idx := len(d.rows) / n
		d.rows = append(d.rows, make([]int16, n)...)
		row := d.rows[idx*n : idx*n+n]
		for _, e := range c.run(i) {
			row[e&0xffff] = int16(e >> 16)
		}
		d.tab[i] = w&^0xffffffff | uint64(idx)
	}
	return d
}

// NClasses is the number of weights in a row.
func (d *Dense) NClasses() int { return d.c.NClasses }

// SumGroups is Compact.Scores for several feature lists in one call,
// before scaling: feats is the lists one after the other, list g ending
// at ends[g] (ends ascending, the last len(feats)), and the int16 weights
// of list g's rows are added to sums[g*NClasses:(g+1)*NClasses], which the
// caller zeroes. AddSums then scales one list's sums into its scores.
//
// Compact.Scores(list, out) and SumGroups then AddSums(sums[g*n:(g+1)*n],
// out) give the same floats bit for bit: both add the same rows as
// integers and scale each list's sums once. A caller that scores a few
// short lists per step (NER scores one list per class of the previous
// token) pays the per-call setup once rather than per list.
func (d *Dense) SumGroups(feats []uint64, ends []int, sums []int32) {
	c := d.c
	n := c.NClasses
	const chunk = 64
	var keep, fps, slots, found [chunk]uint64
	var grp [chunk]int32
	g := 0
	for off := 0; off < len(feats); off += chunk {
		part := feats[off:min(len(feats), off+chunk)]
		var m int
		m, g = filteredGroups(c, part, off, ends, g, &keep, &grp)
		// Read every home slot, then compare fingerprints and probe on:
		// the reads of the first loop overlap their cache misses.
		for j, k := range keep[:m] {
			i := c.slot(k)
			fps[j], slots[j], found[j] = fingerprint32(k), i, d.tab[i]
		}
		for j := 0; j < m; j++ {
			fp, i, w := fps[j], slots[j], found[j]
			for w>>32 != fp {
				if w == 0 {
					break
				}
				i = c.nextSlot(i)
				w = d.tab[i]
			}
			if w == 0 {
				continue
			}
			o := int(uint32(w)) * n
			row := d.rows[o : o+n]
			s := sums[int(grp[j])*n:][:n]
			for cl, v := range row {
				s[cl] += int32(v)
			}
		}
	}
}

// AddSums adds one list's sums from SumGroups, scaled, into scores (both
// of length NClasses), as Compact.Scores ends.
func (d *Dense) AddSums(sums []int32, scores []float32) {
	scale := d.c.scale
	for j, v := range sums {
		scores[j] += float32(v) * scale
	}
}

// filteredGroups is the filter pass of Scores (filtered) for SumGroups:
// part starts at feature off of the lists, g is the list of its first
// feature, and each kept feature's list goes into grp beside it. It
// returns how many were kept and the list of part's last feature. Out of
// line, like filtered, so that its counters stay in registers.
//
//go:noinline
func filteredGroups(c *Compact, part []uint64, off int, ends []int, g int, keep *[64]uint64, grp *[64]int32) (int, int) {
	m := 0
	filter, shift := c.filter, c.fshift&63
	for j, k := range part {
		for off+j >= ends[g] {
			g++
		}
		if k == 0 {
			k = 1
		}
		b := (k * filterMul) >> shift // c.filterBit(k)
		keep[m&63], grp[m&63] = k, int32(g)
		m += int(filter[b>>6] >> (b & 63) & 1)
	}
	return m, g
}
