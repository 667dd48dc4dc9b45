package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/modelio"
)

// Gazetteer categories. A phrase may be in several.
const (
	catCountry   = iota // country names and alternate spellings
	catCity             // GeoNames cities
	catRegion           // first-level administrative regions, continents
	catDemonym          // nationality adjectives: O in Universal NER
	catOrgWord          // words that end organisation names (Ministry, Inc)
	catFirstName        // given names
	catTitle            // words before a person's name (President, Mr)
	catOrgName          // well-known organisations
	catStateCode        // postal codes of states, in capitals only
	catPerson           // people of the actor knowledge base, full names and surnames
	nCats
)

// prefixBit marks a key that begins some longer phrase, so that matching
// stops as soon as no phrase can continue.
const prefixBit = 1 << 31

// exactPrefix starts the keys of words matched only as written (acronyms
// of the actor knowledge base: "ADF" but not "adf").
const exactPrefix = "\x00"

// maxPhrase bounds phrase length in tokens.
const maxPhrase = 6

// Gazetteer maps lowercased phrases (tokens joined by one space) to the
// categories they belong to.
type Gazetteer struct {
	m map[string]uint32
	// caps holds, for lowercased words of running news text, 1 + a code
	// of how often they are capitalised mid-sentence (see AddCaseStats).
	caps map[string]uint8
	// clusters holds the word classes of lowercased words
	// (wordclass.Cluster, numbered from 1): the coarse class in the low
	// 16 bits, a finer one in the high 16, one look-up for both.
	clusters map[string]uint32
	// words joins, for single words, the three tables above, so that
	// tagging looks each token up once (index builds it).
	words map[string]wordInfo
}

// wordInfo is what the gazetteer knows of one lowercased word.
type wordInfo struct {
	gaz       uint32 // its value in m: categories and prefixBit
	cls, cls2 uint16 // coarse and fine word classes
	caps      uint8  // case statistics
}

// capitalised reports whether running news text writes the lowercased
// word lw capitalised mid-sentence at least 95% of the time, or has no
// case statistics for it (a rare word, likely a name).
func (g *Gazetteer) capitalised(lw string) bool {
	e, ok := g.words[lw]
	return !ok || e.caps == 0 || (e.caps-1)&7 >= 4
}

// index builds g.words from the other tables; call it again after
// changing them.
func (g *Gazetteer) index() {
	w := make(map[string]wordInfo, len(g.caps))
	for k, v := range g.m {
		if !strings.Contains(k, " ") && !strings.HasPrefix(k, exactPrefix) {
			w[k] = wordInfo{gaz: v}
		}
	}
	for k, c := range g.caps {
		e := w[k]
		e.caps = c
		w[k] = e
	}
	for k, c := range g.clusters {
		e := w[k]
		e.cls, e.cls2 = uint16(c), uint16(c>>16)
		w[k] = e
	}
	g.words = w
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{m: map[string]uint32{}, caps: map[string]uint8{}, clusters: map[string]uint32{}}
}

// add records phrase (already split into tokens) under category cat.
func (g *Gazetteer) add(toks []string, cat int) {
	if len(toks) == 0 || len(toks) > maxPhrase {
		return
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(t))
		if i < len(toks)-1 {
			g.m[b.String()] |= prefixBit
		}
	}
	g.m[b.String()] |= 1 << cat
}

// addPhrase splits a name as the treebank tokenises it (spaces, hyphens
// and a final period apart) and adds it in both spellings.
func (g *Gazetteer) addPhrase(name string, cat int) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	toks := strings.Fields(name)
	g.add(toks, cat)
	var split []string
	for _, t := range toks {
		for len(t) > 0 {
			i := strings.IndexByte(t, '-')
			if i < 0 {
				split = append(split, t)
				break
			}
			if i > 0 {
				split = append(split, t[:i])
			}
			split = append(split, "-")
			t = t[i+1:]
		}
	}
	if len(split) != len(toks) {
		g.add(split, cat)
	}
}

// clone returns a copy that can be extended without touching g.
func (g *Gazetteer) clone() *Gazetteer {
	c := &Gazetteer{m: make(map[string]uint32, len(g.m)), caps: make(map[string]uint8, len(g.caps))}
	for k, v := range g.m {
		c.m[k] = v
	}
	for k, v := range g.caps {
		c.caps[k] = v
	}
	c.clusters = make(map[string]uint32, len(g.clusters))
	for k, v := range g.clusters {
		c.clusters[k] = v
	}
	return c
}

// match marks, for every token of a sentence (lowercased words), the
// categories of the phrases covering it and its place in each: bit
// 4*cat+pos with pos B, I, L or U. uni holds each word's own value in
// g.m (0 for none), looked up beforehand; buf is scratch space.
func (g *Gazetteer) match(lower []string, uni []uint32, out []uint64, buf []byte) []byte {
	for i := range out {
		out[i] = 0
	}
	for i := range lower {
		buf = append(buf[:0], lower[i]...)
		for n := 1; n <= maxPhrase && i+n <= len(lower); n++ {
			if n > 1 {
				buf = append(buf, ' ')
			}
			var v uint32
			if n == 1 {
				v = uni[i]
			} else {
				buf = append(buf, lower[i+n-1]...)
				v = g.m[string(buf)]
			}
			if v == 0 {
				break
			}
			for c := 0; c < nCats; c++ {
				if v&(1<<c) == 0 {
					continue
				}
				if n == 1 {
					out[i] |= 1 << (4*c + posU)
					continue
				}
				out[i] |= 1 << (4*c + posB)
				for j := i + 1; j < i+n-1; j++ {
					out[j] |= 1 << (4*c + posI)
				}
				out[i+n-1] |= 1 << (4*c + posL)
			}
			if v&prefixBit == 0 {
				break
			}
		}
	}
	return buf
}

// write stores the gazetteer in key order, so that the same lists give the
// same bytes.
func (g *Gazetteer) write(w *bufio.Writer) error {
	keys := make([]string, 0, len(g.m))
	for k := range g.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	binary.Write(w, binary.LittleEndian, uint32(len(keys)))
	for _, k := range keys {
		modelio.WriteString32(w, k)
		binary.Write(w, binary.LittleEndian, g.m[k])
	}
	keys = keys[:0]
	for k := range g.caps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	binary.Write(w, binary.LittleEndian, uint32(len(keys)))
	for _, k := range keys {
		modelio.WriteString32(w, k)
		w.WriteByte(g.caps[k])
	}
	keys = keys[:0]
	for k := range g.clusters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	binary.Write(w, binary.LittleEndian, uint32(len(keys)))
	for _, k := range keys {
		modelio.WriteString32(w, k)
		binary.Write(w, binary.LittleEndian, g.clusters[k])
	}
	return nil
}

func readGazetteer(r *bufio.Reader) (*Gazetteer, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("implausible gazetteer size")
	}
	g := &Gazetteer{m: make(map[string]uint32, n)}
	for i := 0; i < int(n); i++ {
		k, err := modelio.ReadString32(r, 1<<16)
		if err != nil {
			return nil, err
		}
		var v uint32
		if err := binary.Read(r, binary.LittleEndian, &v); err != nil {
			return nil, err
		}
		g.m[k] = v
	}
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("implausible case table size")
	}
	g.caps = make(map[string]uint8, n)
	for i := 0; i < int(n); i++ {
		k, err := modelio.ReadString32(r, 1<<16)
		if err != nil {
			return nil, err
		}
		v, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		g.caps[k] = v
	}
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("implausible word class table size")
	}
	g.clusters = make(map[string]uint32, n)
	for i := 0; i < int(n); i++ {
		k, err := modelio.ReadString32(r, 1<<16)
		if err != nil {
			return nil, err
		}
		var v uint32
		if err := binary.Read(r, binary.LittleEndian, &v); err != nil {
			return nil, err
		}
		g.clusters[k] = v
	}
	return g, nil
}

// isNameLike reports whether s looks like a proper name in Latin script:
// a capital first letter and only letters, spaces, hyphens, periods and
// apostrophes. Alternate names in other scripts never match English text.
func isNameLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || len(s) < 2 {
		return false
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '.' || r == '\'':
		case unicode.IsLetter(r) && r < 0x250:
		default:
			return false
		}
	}
	return true
}

// Save writes the gazetteer with its case statistics and word classes,
// so that experiments can train many models without rebuilding them.
func (g *Gazetteer) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if err := g.write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// LoadGazetteer reads what Save wrote.
func LoadGazetteer(r io.Reader) (*Gazetteer, error) {
	return readGazetteer(bufio.NewReader(r))
}

// placeCats are the gazetteer categories of places.
const placeCats = 1<<catCountry | 1<<catCity | 1<<catRegion

// place reports whether words, lowercased and joined by spaces, are a
// phrase of the gazetteer in one of the categories cats.
func (g *Gazetteer) place(words []string, cats uint32) bool {
	return g.m[strings.ToLower(strings.Join(words, " "))]&cats != 0
}
