package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/perceptron"
)

// featureVersion names the feature set below; a model trained with other
// features is refused at load time. Change it whenever features change.
const featureVersion = "pos-features-9"

// Feature templates. The numbers only need to be distinct.
const (
	fBias = iota
	fLower
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fPre4
	fShape
	fPrev1
	fPrev2
	fPrev12
	fPrev1Word
	fWordM1
	fWordM2
	fWordP1
	fWordP2
	fSuf3M1
	fSuf3P1
	fAmb
	fAmbP1
	fAmbP2
	fPrev1AmbP1
	fBigramM1
	fBigramP1
	fFlags
	fAmbAmbP1
	fPrev1Suf3
	fShapeP1
	fAmbM1
	fPrev1WordP1
	fWordAmbP1
	fPrev2Word
	fPrev1Shape
	fSuf3P2
	fStack0
	fStackP1
	fStackP2
	fStackP12
	fPrev1StackP1
	fStackM1P1
	fStack0Word
	fCls
	fClsM1
	fClsP1
	fClsP2
	fPrev1Cls
	fClsClsP1
	fClsM1Cls
	fClsSuf3
	fClsShape
	fCls2 // the second clustering's templates follow, fCls2+0..fCls2+3
)

// maxClusterings is how many word clusterings (of different sizes) the
// tagger takes.
const maxClusterings = 2

// word holds what the features need of one word, computed once per
// sentence: hashes of its strings and its ambiguity class.
type word struct {
	lower         string
	hLower, hForm uint64
	suf, pre      [4]uint64
	hShape        uint64
	amb           uint64
	flags         uint64
	cls           [maxClusterings]uint64 // word classes, 0 for unknown words
	dict          int                    // class from the tag dictionary, or -1
	allow         []uint8                // the classes the word may take, nil for all
}

// Sentinels for words and tags beyond the sentence edges.
var (
	hStart = perceptron.Add(perceptron.Start(1), "-START-")
	hEnd   = perceptron.Add(perceptron.Start(1), "-END-")
)

const noTag = 0xffff

func key(t int, v uint64) uint64 {
	h := v ^ (uint64(t+1) * 0x9e3779b97f4a7c15)
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

func key2(t int, a, b uint64) uint64 {
	return key(t, a*0x94d049bb133111eb^(b+0x632be59bd9b4e019))
}

// prepare fills w for the word s using the lexicon.
func (m *Tagger) prepare(w *word, s string, first bool) {
	lw := s
	if hasUpper(s) {
		lw = strings.ToLower(s)
	}
	w.lower = lw
	w.hLower = perceptron.Add(perceptron.Start(2), lw)
	w.hForm = perceptron.Add(perceptron.Start(3), s)
	// Affixes are taken in bytes: cheap, and the hash does not care
	// whether a cut falls inside a rune.
	for k := 1; k <= 4; k++ {
		if len(lw) > k {
			w.suf[k-1] = perceptron.Add(perceptron.Start(4), lw[len(lw)-k:])
			w.pre[k-1] = perceptron.Add(perceptron.Start(5), lw[:k])
		} else {
			w.suf[k-1], w.pre[k-1] = 0, 0
		}
	}
	w.hShape = shapeHash(s)
	var fl uint64
	if first {
		fl |= 1
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		fl |= 2
	}
	if lw != s && !hasLower(s) {
		fl |= 4
	}
	if strings.ContainsAny(s, "0123456789") {
		fl |= 8
	}
	if strings.IndexByte(s, '-') > 0 {
		fl |= 16
	}
	w.flags = fl
	w.dict, w.amb = -1, 0
	if a, ok := m.amb[lw]; ok {
		w.amb = uint64(a) + 1
	}
	if c, ok := m.dict[s]; ok {
		w.dict = int(c)
	}
	w.allow = nil
	if a, ok := m.allow[s]; ok {
		w.allow = m.allowSets[a]
	}
	for k := range w.cls {
		w.cls[k] = 0
		if k < len(m.wc) {
			w.cls[k] = uint64(m.wc[k][lw])
		}
	}
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// shapeHash hashes the word's shape: letters become X or x, digits d, runs
// of one kind collapse, and only the first 6 symbols count.
func shapeHash(s string) uint64 {
	h := perceptron.Start(6)
	var last rune = -1
	n := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			continue
		}
		last = c
		h ^= uint64(c)
		h *= 1099511628211
		n++
		if n == 6 {
			break
		}
	}
	return h
}

// features appends the features of word i given the two previous tags;
// nwc is the number of word clusterings.
func features(out []uint64, ws []word, i, p1, p2, nwc int) []uint64 {
	w := &ws[i]
	wm1, wm2, wp1, wp2 := hStart, hStart, hEnd, hEnd
	var sm1, sp1, sp2, am1, ap1, ap2, shp1 uint64 = 1, 2, 2, 1, 2, 2, 2
	if i > 0 {
		wm1, sm1, am1 = ws[i-1].hLower, ws[i-1].suf[2], ws[i-1].amb
	}
	if i > 1 {
		wm2 = ws[i-2].hLower
	}
	if i+1 < len(ws) {
		wp1, sp1, ap1, shp1 = ws[i+1].hLower, ws[i+1].suf[2], ws[i+1].amb, ws[i+1].hShape
	}
	if i+2 < len(ws) {
		wp2, ap2, sp2 = ws[i+2].hLower, ws[i+2].amb, ws[i+2].suf[2]
	}
	t1, t2 := uint64(p1), uint64(p2)
	out = append(out,
		key(fBias, 0),
		key(fLower, w.hLower),
		key(fForm, w.hForm),
		key(fShape, w.hShape),
		key(fPrev1, t1),
		key(fPrev2, t2),
		key2(fPrev12, t1, t2),
		key2(fPrev1Word, t1, w.hLower),
		key(fWordM1, wm1),
		key(fWordM2, wm2),
		key(fWordP1, wp1),
		key(fWordP2, wp2),
		key(fSuf3M1, sm1),
		key(fSuf3P1, sp1),
		key(fAmb, w.amb),
		key(fAmbP1, ap1),
		key(fAmbP2, ap2),
		key(fAmbM1, am1),
		key2(fPrev1AmbP1, t1, ap1),
		key2(fBigramM1, wm1, w.hLower),
		key2(fBigramP1, w.hLower, wp1),
		key(fFlags, w.flags),
		key2(fAmbAmbP1, w.amb, ap1),
		key2(fPrev1Suf3, t1, w.suf[2]),
		key(fShapeP1, shp1),
		key2(fPrev1WordP1, t1, wp1),
		key2(fWordAmbP1, w.hLower, ap1),
		key2(fPrev2Word, t2, w.hLower),
		key2(fPrev1Shape, t1, w.hShape),
		key(fSuf3P2, sp2),
	)
	for k := 0; k < 4; k++ {
		if w.suf[k] != 0 {
			out = append(out, key(fSuf1+k, w.suf[k]), key(fPre1+k, w.pre[k]))
		}
	}
	if nwc == 0 {
		return out
	}
	// Word classes learnt from unlabeled news: they carry what the
	// treebanks say about a word's neighbours to words they never show.
	var cm1, cp1, cp2 [maxClusterings]uint64
	cm1[0], cp1[0], cp2[0] = 1<<20, 1<<21, 1<<21
	cm1[1], cp1[1], cp2[1] = 1<<20, 1<<21, 1<<21
	if i > 0 {
		cm1 = ws[i-1].cls
	}
	if i+1 < len(ws) {
		cp1 = ws[i+1].cls
	}
	if i+2 < len(ws) {
		cp2 = ws[i+2].cls
	}
	c0 := w.cls[0]
	out = append(out,
		key(fCls, c0),
		key(fClsM1, cm1[0]),
		key(fClsP1, cp1[0]),
		key(fClsP2, cp2[0]),
		key2(fPrev1Cls, t1, c0),
		key2(fClsClsP1, c0, cp1[0]),
		key2(fClsM1Cls, cm1[0], c0),
	)
	if w.amb == 0 {
		// A word the treebanks show at most once: its class with its
		// ending or shape stands in for the word.
		out = append(out, key2(fClsSuf3, c0, w.suf[2]), key2(fClsShape, c0, w.hShape))
	}
	if nwc > 1 {
		c := w.cls[1]
		out = append(out,
			key(fCls2, c),
			key(fCls2+1, cm1[1]),
			key(fCls2+2, cp1[1]),
			key2(fCls2+3, t1, c),
		)
	}
	return out
}

// stackFeatures appends, for the second pass, features of the tags the
// first pass gave word i and the words after it: the right context that a
// left-to-right tagger otherwise lacks.
func stackFeatures(out []uint64, ws []word, first []int, i, p1 int) []uint64 {
	n1, n2, m1 := uint64(noTag), uint64(noTag), uint64(noTag)
	if i+1 < len(first) {
		n1 = uint64(first[i+1])
	}
	if i+2 < len(first) {
		n2 = uint64(first[i+2])
	}
	if i > 0 {
		m1 = uint64(first[i-1])
	}
	s0 := uint64(first[i])
	return append(out,
		key(fStack0, s0),
		key(fStackP1, n1),
		key(fStackP2, n2),
		key2(fStackP12, n1, n2),
		key2(fPrev1StackP1, uint64(p1), n1),
		key2(fStackM1P1, m1, n1),
		key2(fStack0Word, s0, ws[i].hLower),
	)
}
