package parse

import (
	"strings"
	"unicode/utf8"

	"sitrep"
)

// featureVersion names the feature set below; a model trained with other
// features is refused on load. Change it whenever a template changes.
const featureVersion = "parse-arc-hybrid-4"

// sentence is what the parser sees of one sentence: per word, hashes of the
// normalised form, its suffix, the fine and universal tags. Index n (one
// past the last word) is the root.
type sentence struct {
	w, sfx, p, u []uint64
	// c holds word classes (learnt from unlabeled text), only when the
	// model has them; its templates are then added.
	c []uint64
}

// Values for positions that hold no word, and for the root.
const (
	hNone uint64 = 0x6e6f6e65 // "none"
	hRoot uint64 = 0x726f6f74 // "root"
)

func (x *sentence) len() int { return len(x.w) - 1 }

// load fills x from the tokens [from, to) of doc, reusing x's memory;
// wc maps word hashes to word classes, nil for none.
func (x *sentence) load(doc *sitrep.Document, from, to int, wc map[uint64]uint16) {
	x.w, x.sfx, x.p, x.u, x.c = x.w[:0], x.sfx[:0], x.p[:0], x.u[:0], x.c[:0]
	for i := from; i < to; i++ {
		t := &doc.Tokens[i]
		w, sfx := wordHash(doc.TokenText(i))
		xpos := t.XPOS
		if xpos == "" {
			xpos = t.UPOS
		}
		x.w, x.sfx = append(x.w, w), append(x.sfx, sfx)
		x.p, x.u = append(x.p, strHash(xpos)), append(x.u, strHash(t.UPOS))
		if wc != nil {
			x.c = append(x.c, uint64(wc[w]))
		}
	}
	x.w, x.sfx, x.p, x.u = append(x.w, hRoot), append(x.sfx, hRoot), append(x.p, hRoot), append(x.u, hRoot)
	if wc != nil {
		x.c = append(x.c, hRoot)
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func strHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// wordHash hashes a word lowercased, with every digit mapped to 0 so that
// numbers share statistics, and the hash of its last three characters.
func wordHash(s string) (word, suffix uint64) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = strings.ToLower(s)
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	word = h
	// The last three runes, for unknown words' morphology.
	start, k := len(s), 0
	for start > 0 && k < 3 {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
		k++
	}
	suffix = strHash(s[start:]) ^ 0x5f
	for i := start; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			suffix = strHash(strings.ToLower(s[start:])) ^ 0x5f
			break
		}
	}
	return word, suffix
}

// mix folds v into a feature hash.
func mix(h, v uint64) uint64 {
	h = (h ^ v) * 0x9e3779b97f4a7c15
	return h ^ h>>32
}

func f1(t int, a uint64) uint64       { return mix(mix(uint64(t), a), 1) }
func f2(t int, a, b uint64) uint64    { return mix(mix(mix(uint64(t), a), b), 2) }
func f3(t int, a, b, c uint64) uint64 { return mix(mix(mix(mix(uint64(t), a), b), c), 3) }
func f4(t int, a, b, c, d uint64) uint64 {
	return mix(mix(mix(mix(mix(uint64(t), a), b), c), d), 4)
}

// view gives the values of one position of the configuration.
type view struct {
	w, p, u, sfx, l, c uint64
}

func (x *sentence) view(s *state, i int) view {
	if i == none {
		return view{hNone, hNone, hNone, hNone, hNone, hNone}
	}
	l := hNone
	if s.label[i] != none {
		l = uint64(s.label[i]) + 7
	}
	c := hNone
	if x.c != nil {
		c = x.c[i]
	}
	return view{x.w[i], x.p[i], x.u[i], x.sfx[i], l, c}
}

func dist(a, b int) uint64 {
	if a == none || b == none {
		return 99
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d > 10:
		return 11
	case d > 5:
		return 6
	}
	return uint64(d)
}

func count(n int) uint64 { return uint64(min(n, 4)) }

// at returns a[i], or none for no word.
func at(a []int, i int) int {
	if i == none {
		return none
	}
	return a[i]
}

// moveFeatures appends the features that score the next move: the
// templates of Zhang & Nivre (2011) adapted to arc-hybrid, where the
// decisive pairs are (s0, b0) for left and (s1, s0) for right.
func moveFeatures(s *state, x *sentence, out []uint64) []uint64 {
	s0i, s1i, s2i := s.st(0), s.st(1), s.st(2)
	b0i, b1i, b2i := s.buf(0), s.buf(1), s.buf(2)
	s0, s1, s2 := x.view(s, s0i), x.view(s, s1i), x.view(s, s2i)
	b0, b1, b2 := x.view(s, b0i), x.view(s, b1i), x.view(s, b2i)
	s0l1, s0l2 := x.view(s, at(s.l1, s0i)), x.view(s, at(s.l2, s0i))
	s0r1, s0r2 := x.view(s, at(s.r1, s0i)), x.view(s, at(s.r2, s0i))
	s1l1, s1r1 := x.view(s, at(s.l1, s1i)), x.view(s, at(s.r1, s1i))
	b0l1, b0l2 := x.view(s, at(s.l1, b0i)), x.view(s, at(s.l2, b0i))

	var s0nl, s0nr, s1nl, s1nr, b0nl uint64 = 9, 9, 9, 9, 9
	var s0ls, s0rs, s1ls, s1rs, b0ls uint64 = 9, 9, 9, 9, 9
	if s0i != none {
		s0nl, s0nr, s0ls, s0rs = count(s.nl[s0i]), count(s.nr[s0i]), s.ls[s0i], s.rs[s0i]
	}
	if s1i != none {
		s1nl, s1nr, s1ls, s1rs = count(s.nl[s1i]), count(s.nr[s1i]), s.ls[s1i], s.rs[s1i]
	}
	if b0i != none {
		b0nl, b0ls = count(s.nl[b0i]), s.ls[b0i]
	}
	d01 := dist(s0i, b0i)
	d10 := dist(s1i, s0i)
	if s0i == s.n {
		d01 = 100
	}
	if s1i == s.n {
		d10 = 100
	}
	// The word before b0, which is not s0 once words have been reduced.
	prev := view{hNone, hNone, hNone, hNone, hNone, hNone}
	if b0i > 0 {
		prev = x.view(s, b0i-1)
	}
	// Whether the stack reaches the root, and how much buffer is left.
	rest := uint64(min(s.n-s.b, 3))

	out = append(out,
		f1(0, 0),
		f1(1, s0.w), f1(2, s0.p), f2(3, s0.w, s0.p),
		f1(4, b0.w), f1(5, b0.p), f2(6, b0.w, b0.p),
		f1(7, b1.w), f1(8, b1.p), f2(9, b1.w, b1.p),
		f1(11, b2.p),
		f1(13, s1.w), f1(14, s1.p), f2(15, s1.w, s1.p),
		f1(17, s2.p),

		f4(20, s0.w, s0.p, b0.w, b0.p), f3(21, s0.w, s0.p, b0.w), f3(22, s0.w, b0.w, b0.p),
		f3(23, s0.w, s0.p, b0.p), f3(24, s0.p, b0.w, b0.p), f2(25, s0.w, b0.w), f2(26, s0.p, b0.p),
		f2(27, b0.p, b1.p),
		f4(28, s1.w, s1.p, s0.w, s0.p), f3(29, s1.w, s1.p, s0.p), f3(30, s1.p, s0.w, s0.p),
		f2(31, s1.w, s0.w), f2(32, s1.p, s0.p),

		f3(40, b0.p, b1.p, b2.p), f3(41, s0.p, b0.p, b1.p), f3(42, s1.p, s0.p, b0.p),
		f3(43, s0.p, s0l1.p, b0.p), f3(44, s0.p, s0r1.p, b0.p), f3(45, s0.p, b0.p, b0l1.p),
		f3(46, s2.p, s1.p, s0.p), f3(47, s1.p, s1r1.p, s0.p), f3(48, s1.p, s0l1.p, s0.p),
		f3(49, s1.p, s0r1.p, s0.p), f3(50, s1.p, s1l1.p, s0.p),

		f2(60, s0.w, d01), f2(61, s0.p, d01), f2(62, b0.w, d01), f2(63, b0.p, d01),
		f3(64, s0.w, b0.w, d01), f3(65, s0.p, b0.p, d01),
		f3(66, s1.p, s0.p, d10),

		f2(70, s0.w, s0nr), f2(71, s0.p, s0nr), f2(72, s0.w, s0nl), f2(73, s0.p, s0nl),
		f2(74, b0.w, b0nl), f2(75, b0.p, b0nl), f2(76, s1.p, s1nr),
		f2(78, s1.p, s1nl),

		f1(80, s0l1.w), f1(81, s0l1.p), f1(82, s0l1.l), f1(83, s0r1.w), f1(84, s0r1.p), f1(85, s0r1.l),
		f1(86, b0l1.w), f1(87, b0l1.p), f1(88, b0l1.l), f1(90, s1r1.p), f1(91, s1r1.l),

		f1(101, s0l2.p), f1(102, s0l2.l), f1(104, s0r2.p), f1(105, s0r2.l),
		f1(107, b0l2.p), f1(108, b0l2.l),
		f3(109, s0.p, s0l1.p, s0l2.p), f3(110, s0.p, s0r1.p, s0r2.p), f3(111, b0.p, b0l1.p, b0l2.p),

		f2(121, s0.p, s0rs), f2(123, s0.p, s0ls),
		f2(125, b0.p, b0ls), f2(126, s1.p, s1rs), f2(127, s1.p, s1ls),

		f2(130, b0.sfx, b0.p), f2(131, s0.sfx, s0.p), f3(132, s1.u, s0.u, b0.u),
		f3(133, prev.p, b0.p, s0.p), f3(135, s0.p, b0.p, rest),
		f3(136, s1.p, s0.p, rest), f3(137, s0.p, s0l1.l, s0r1.l),
	)
	if x.c != nil {
		// Word classes from unlabeled news: lexical evidence for the
		// words the treebanks show rarely, and a check on wrong tags.
		out = append(out,
			f1(140, s0.c), f1(141, b0.c), f1(142, s1.c), f1(143, b1.c),
			f2(144, s0.c, b0.c), f2(145, s0.c, b0.p), f2(146, s0.p, b0.c),
			f2(147, s1.c, s0.c), f2(148, s1.c, s0.p), f2(149, s1.p, s0.c),
		)
	}
	return out
}

// labelFeatures appends the features that score the label of the arc
// h → d, made just now: d's subtree is complete, h's is partial.
func labelFeatures(s *state, x *sentence, h, d int, out []uint64) []uint64 {
	hv, dv := x.view(s, h), x.view(s, d)
	dir := uint64(1)
	if d > h {
		dir = 2
	}
	dd := dist(h, d) + 16*dir
	dl1, dl2, dr1 := x.view(s, s.l1[d]), x.view(s, s.l2[d]), x.view(s, s.r1[d])
	hl1, hr1 := x.view(s, s.l1[h]), x.view(s, s.r1[h])
	dprev, dnext, hprev, hnext := x.view(s, none), x.view(s, none), x.view(s, none), x.view(s, none)
	if d > 0 {
		dprev = x.view(s, d-1)
	}
	if d+1 < s.n {
		dnext = x.view(s, d+1)
	}
	if h > 0 {
		hprev = x.view(s, h-1)
	}
	if h+1 < s.n {
		hnext = x.view(s, h+1)
	}
	first := uint64(0)
	if d == 0 {
		first = 1
	}
	val := count(s.nl[d]) + 8*count(s.nr[d])
	out = append(out,
		f1(0, dir),
		f2(1, dv.w, dir), f2(2, dv.p, dir), f2(3, hv.w, dir), f2(4, hv.p, dir),
		f3(5, hv.p, dv.p, dir), f3(6, hv.w, dv.p, dir), f3(7, hv.p, dv.w, dir), f3(8, hv.w, dv.w, dir),
		f3(9, hv.p, dv.p, dd), f3(10, hv.u, dv.u, dir),
		f3(11, dv.p, s.ls[d], dir), f3(12, dv.p, s.rs[d], dir),
		f3(13, dv.p, dl1.w, dir), f3(14, dv.p, dl1.p, dl1.l), f4(15, dv.p, dr1.p, dr1.l, dir),
		f3(16, hv.p, s.ls[h], dir), f3(17, hv.p, s.rs[h], dir),
		f3(18, dv.sfx, dv.p, dir), f4(19, hv.p, dv.p, dl1.w, dir),
		f4(20, dprev.p, dv.p, hv.p, dir), f4(21, dnext.p, dv.p, hv.p, dir),
		f4(22, hprev.p, hv.p, dv.p, dir), f4(23, hnext.p, hv.p, dv.p, dir),
		f4(24, hv.p, dv.p, val, dir), f4(25, dv.p, hv.p, dl1.l, dir),
		f4(26, hv.w, dl1.w, dv.p, dir), f4(27, dv.p, dir, hv.p, first),
		f4(28, dv.p, dl2.w, dl1.w, dir), f3(29, hv.p, hl1.l, dir), f3(30, hv.p, hr1.l, dir),
		f4(31, dv.w, dl1.w, hv.p, dir), f3(32, dv.w, hv.p, dd), f2(33, dprev.w, dv.p),
	)
	if x.c != nil {
		out = append(out, f3(40, hv.c, dv.c, dir), f3(41, hv.p, dv.c, dir), f3(42, hv.c, dv.p, dir))
	}
	return out
}
