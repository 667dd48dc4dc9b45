package ner

import (
	mbits "math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/perceptron"
)

// featureVersion changes whenever the features below change, so that a
// model trained on other features is refused at load.
const featureVersion = "ner-bilou-viterbi-doc-caps-orgs-classes-kb-fine-11"

// Sentence styles: headlines in capitals or title case, and web text
// without capitals, change what capitalisation says.
const (
	styleMixed = iota
	styleCaps
	styleTitle
	styleLower
)

// sentence holds what the features read of one sentence, computed once.
type sentence struct {
	words  []string
	lower  []string
	shapes []string
	gaz    []uint64
	style  int
	caps   []uint8     // case statistics of each word (Gazetteer.caps)
	cls    []uint16    // word class of each word (Gazetteer.clusters)
	cls2   []uint16    // its fine word class
	uni    []uint32    // its gazetteer value (Gazetteer.words)
	doc    *docContext // nil when the sentence stands alone
	buf    []byte
	own    []string          // lowercased words when the caller gave none
	intern map[string]string // shape strings already made
}

func (s *sentence) reset(words, lower []string, g *Gazetteer, doc *docContext) {
	n := len(words)
	s.words = words
	s.doc = doc
	if lower == nil {
		s.own = grow(s.own, n)
		for i, w := range words {
			s.own[i] = strings.ToLower(w)
		}
		lower = s.own
	}
	s.lower = lower
	s.shapes = grow(s.shapes, n)
	if s.intern == nil {
		s.intern = map[string]string{}
	}
	if cap(s.gaz) < n {
		s.gaz = make([]uint64, n)
	}
	s.gaz = s.gaz[:n]
	var letters, caps, inits int
	var b [maxShape]byte
	for i, w := range words {
		// Shapes are few: keep one string of each rather than
		// allocating one per token.
		k := b[:shapeBytes(w, &b)]
		sh, ok := s.intern[string(k)]
		if !ok {
			sh = string(k)
			if len(s.intern) < 4096 {
				s.intern[sh] = sh
			}
		}
		s.shapes[i] = sh
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				inits++
				if len(w) > 1 && !hasLower(w) {
					caps++
				}
			}
		}
	}
	switch {
	case letters >= 3 && caps*10 >= letters*6:
		s.style = styleCaps
	case letters >= 4 && inits*10 >= letters*7:
		s.style = styleTitle
	case letters >= 3 && inits == 0:
		s.style = styleLower
	default:
		s.style = styleMixed
	}
	if cap(s.caps) < n {
		s.caps = make([]uint8, n)
		s.cls = make([]uint16, n)
		s.cls2 = make([]uint16, n)
		s.uni = make([]uint32, n)
	}
	s.caps, s.cls, s.cls2, s.uni = s.caps[:n], s.cls[:n], s.cls2[:n], s.uni[:n]
	for i, w := range s.lower {
		e := g.words[w]
		s.caps[i], s.cls[i], s.cls2[i], s.uni[i] = e.caps, e.cls, e.cls2, e.gaz
	}
	s.buf = g.match(s.lower, s.uni, s.gaz, s.buf)
	for i, w := range words {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue // every exact word starts with a capital
		}
		if b, ok := exactWords[w]; ok {
			s.gaz[i] |= b
		}
		if len(w) < 2 || !isAcronym(w) {
			continue
		}
		s.buf = append(append(s.buf[:0], exactPrefix...), w...)
		if v, ok := g.m[string(s.buf)]; ok {
			for c := 0; c < nCats; c++ {
				if v&(1<<c) != 0 {
					s.gaz[i] |= 1 << (4*c + posU)
				}
			}
		}
	}
}

// exactWords are gazetteer words matched only as written, in capitals:
// state codes and organisation acronyms ("IN", "WHO", "AP"), which in
// lowercase are common words. Values are gazetteer bits.
var exactWords = func() map[string]uint64 {
	m := map[string]uint64{}
	for _, w := range strings.Fields(stateAbbrevs) {
		m[w] |= 1 << (4*catStateCode + posU)
	}
	for _, w := range append(strings.Split(orgNames, "\n"), listLines(orgsFile)...) {
		if isAcronym(w) {
			m[w] |= 1 << (4*catOrgName + posU)
		}
	}
	return m
}()

// isAcronym reports whether w is one word of capitals (and periods or
// digits), like "WHO" or "U.N.".
func isAcronym(w string) bool {
	if w == "" || hasLower(w) || strings.ContainsAny(w, " -") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func classAt(s *sentence, i int) int {
	if i < 0 || i >= len(s.cls) {
		return 1 << 16
	}
	return int(s.cls[i])
}

func capsAt(s *sentence, i int) int {
	if i < 0 || i >= len(s.caps) {
		return 255
	}
	return int(s.caps[i])
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

// shape maps letters to X or x and digits to d, keeping other characters,
// and collapses runs: "McCain" → "XxXx", "U.S." → "X.X.", "1990s" → "dx".
func shape(w string) string {
	var b [maxShape]byte
	return string(b[:shapeBytes(w, &b)])
}

const maxShape = 24

// shapeBytes writes the shape of w into b and returns its length.
func shapeBytes(w string, b *[maxShape]byte) int {
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return n
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// Feature templates.
const (
	fBias = iota
	fWord
	fLower
	fShape
	fPre2
	fPre3
	fSuf2
	fSuf3
	fSuf4
	fPrevW
	fNextW
	fPrev2W
	fNext2W
	fPrevShape
	fNextShape
	fShapes3
	fPrevCur
	fCurNext
	fP1
	fP1P2
	fP1Word
	fP1Shape
	fFirst
	fLast
	fFirstWord
	fStyleShape
	fStyleWord
	fGaz
	fGazPrev
	fGazNext
	fGazShape
	fGazP1
	fPrevWShape
	fNextWShape
	fLen
	fGazP1Hi
	fDoc
	fDocShape
	fCaps
	fCapsShape
	fCapsCtx
	fClass
	fClassShape
	fClassCtx
	fClassNext
	fClassPrev
	fClassNext1
	fFine
	fFineShape
	fFinePrev
	fFineNext
)

func word(s *sentence, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.words):
		return "</s>"
	}
	return s.lower[i]
}

func shapeAt(s *sentence, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.words):
		return "</s>"
	}
	return s.shapes[i]
}

func affix(w string, n int, suffix bool) string {
	if len(w) <= n {
		return w
	}
	if suffix {
		return w[len(w)-n:]
	}
	return w[:n]
}

// staticFeatures appends the hashed features of token i that do not
// depend on the classes chosen before it.
func staticFeatures(s *sentence, i int, out []uint64) []uint64 {
	st := perceptron.Start
	add := perceptron.Add
	lo, sh := s.lower[i], s.shapes[i]
	out = append(out,
		st(fBias),
		add(st(fWord), s.words[i]),
		add(st(fLower), lo),
		add(st(fShape), sh),
		add(st(fPre2), affix(lo, 2, false)),
		add(st(fPre3), affix(lo, 3, false)),
		add(st(fSuf2), affix(lo, 2, true)),
		add(st(fSuf3), affix(lo, 3, true)),
		add(st(fSuf4), affix(lo, 4, true)),
		add(st(fPrevW), word(s, i-1)),
		add(st(fNextW), word(s, i+1)),
		add(st(fPrev2W), word(s, i-2)),
		add(st(fNext2W), word(s, i+2)),
		add(st(fPrevShape), shapeAt(s, i-1)),
		add(st(fNextShape), shapeAt(s, i+1)),
		add(add(add(st(fShapes3), shapeAt(s, i-1)), sh), shapeAt(s, i+1)),
		add(add(st(fPrevCur), word(s, i-1)), lo),
		add(add(st(fCurNext), lo), word(s, i+1)),
		add(perceptron.AddInt(st(fStyleShape), s.style), sh),
		add(add(st(fPrevWShape), word(s, i-1)), sh),
		add(add(st(fNextWShape), word(s, i+1)), sh),
		perceptron.AddInt(st(fLen), min(len(s.words[i]), 12)),
	)
	if s.style != styleMixed {
		out = append(out, add(perceptron.AddInt(st(fStyleWord), s.style), lo))
	}
	if i == 0 {
		out = append(out, add(st(fFirst), sh), add(st(fFirstWord), lo))
	}
	dc := s.doc.code(lo)
	first := 0
	if i == 0 {
		first = 8
	}
	out = append(out, perceptron.AddInt(st(fDoc), dc|first), add(perceptron.AddInt(st(fDocShape), dc|first), sh))
	if len(s.cls) > 0 {
		wc := int(s.cls[i])
		out = append(out, perceptron.AddInt(st(fClass), wc), add(perceptron.AddInt(st(fClassShape), wc), sh),
			perceptron.AddInt(perceptron.AddInt(st(fClassCtx), classAt(s, i-1)), wc),
			perceptron.AddInt(perceptron.AddInt(st(fClassNext), wc), classAt(s, i+1)),
			perceptron.AddInt(st(fClassPrev), classAt(s, i-1)),
			perceptron.AddInt(st(fClassNext1), classAt(s, i+1)))
	}
	if fc := int(s.cls2[i]); fc != 0 {
		out = append(out, perceptron.AddInt(st(fFine), fc), add(perceptron.AddInt(st(fFineShape), fc), sh))
	}
	if i > 0 && s.cls2[i-1] != 0 {
		out = append(out, perceptron.AddInt(st(fFinePrev), int(s.cls2[i-1])))
	}
	if i+1 < len(s.cls2) && s.cls2[i+1] != 0 {
		out = append(out, perceptron.AddInt(st(fFineNext), int(s.cls2[i+1])))
	}
	cs := int(s.caps[i])
	out = append(out, perceptron.AddInt(perceptron.AddInt(st(fCaps), cs), first), add(perceptron.AddInt(st(fCapsShape), cs), sh),
		perceptron.AddInt(perceptron.AddInt(perceptron.AddInt(st(fCapsCtx), capsAt(s, i-1)), cs), capsAt(s, i+1)))
	if i == len(s.words)-1 {
		out = append(out, add(st(fLast), sh))
	}
	out = gazFeatures(out, s.gaz[i], fGaz, "")
	out = gazFeatures(out, s.gaz[i], fGazShape, sh)
	if i > 0 {
		out = gazFeatures(out, s.gaz[i-1], fGazPrev, "")
	}
	if i+1 < len(s.words) {
		out = gazFeatures(out, s.gaz[i+1], fGazNext, "")
	}
	return out
}

// transFeatures appends the features of token i that pair it with the
// class p of the token before (-1 at the start of the sentence).
//
// The pure transition feature (fP1) is left out when withP1 is false: a
// trained model's Recognizer holds its weights in a table.
func transFeatures(s *sentence, i, p int, withP1 bool, out []uint64) []uint64 {
	st := &prevStarts
	if withP1 {
		out = append(out, st[0][p+1])
	}
	out = append(out,
		perceptron.Add(st[1][p+1], s.lower[i]),
		perceptron.Add(st[2][p+1], s.shapes[i]),
	)
	if g := s.gaz[i]; g != 0 {
		out = append(out, perceptron.AddInt(st[3][p+1], int(g&0xffffffff)),
			perceptron.AddInt(st[4][p+1], int(g>>32)))
	}
	return out
}

// prevStarts[k][p+1] is perceptron.AddInt(perceptron.Start(t), p) for the
// k-th template t that pairs a token with the class p before it (fP1,
// fP1Word, fP1Shape, fGazP1, fGazP1Hi), hashed once rather than for each
// class of the beam at each token.
var prevStarts = func() (t [5][nClasses + 1]uint64) {
	for k, tmpl := range [...]uint64{fP1, fP1Word, fP1Shape, fGazP1, fGazP1Hi} {
		for p := -1; p < nClasses; p++ {
			t[k][p+1] = perceptron.AddInt(perceptron.Start(tmpl), p)
		}
	}
	return t
}()

// gazStarts[tmpl-fGaz][b] is perceptron.AddInt(perceptron.Start(tmpl), b)
// for the four templates of gazetteer bits (fGaz, fGazPrev, fGazNext,
// fGazShape, which follow one another) and the 64 bits.
var gazStarts = func() (t [4][64]uint64) {
	for k := range t {
		for b := range t[k] {
			t[k][b] = perceptron.AddInt(perceptron.Start(uint64(fGaz+k)), b)
		}
	}
	return t
}()

// gazFeatures adds one feature per gazetteer bit set in bits, lowest bit
// first; tmpl is one of fGaz, fGazPrev, fGazNext and fGazShape.
func gazFeatures(out []uint64, bits uint64, tmpl uint64, extra string) []uint64 {
	st := &gazStarts[tmpl-fGaz]
	for bits != 0 {
		b := mbits.TrailingZeros64(bits)
		bits &= bits - 1
		h := st[b]
		if extra != "" {
			h = perceptron.Add(h, extra)
		}
		out = append(out, h)
	}
	return out
}
