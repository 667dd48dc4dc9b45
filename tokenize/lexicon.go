package tokenize

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// abbrKind says how an abbreviation's period behaves at a sentence end.
type abbrKind uint8

const (
	abbrNone  abbrKind = iota
	abbrPlain          // Inc., etc.: may end a sentence
	abbrTitle          // Mr., Gen.: stands before a name, never ends one
)

// lexicon holds the word lists the rules consult. It is built once from the
// embedded data files and only read afterwards, so Tokenizers share it.
type lexicon struct {
	abbr     map[string]abbrKind // as written, without the period
	abbrLow  map[string]abbrKind // lowercased, for words in capitals
	contract map[string]int      // lowercase word -> byte where it splits
	// contractLast holds the last bytes of the contractions in either
	// case, so that most words skip the map.
	contractLast [256]bool
	starters     map[string]bool // capitalised sentence openers
	prefixes     map[string]bool // lowercase prefixes kept whole before a hyphen
	units        map[string]bool // units split off a number: 5pm, 65k
	syllable     map[string]bool // syllables of Chinese and Korean given names
	openers      map[string]bool // words that begin a sentence even after no stop
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func loadLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			abbr:     map[string]abbrKind{},
			abbrLow:  map[string]abbrKind{},
			contract: map[string]int{},
			starters: map[string]bool{},
			prefixes: map[string]bool{},
			units:    map[string]bool{},
			syllable: map[string]bool{},
			openers:  map[string]bool{},
		}
		eachLine("data/abbreviations.txt", func(s string) {
			k := abbrPlain
			if w, ok := strings.CutPrefix(s, "title "); ok {
				s, k = w, abbrTitle
			}
			l.abbr[s] = k
			l.abbrLow[strings.ToLower(s)] = k
		})
		eachLine("data/contractions.txt", func(s string) {
			if i := strings.IndexByte(s, '+'); i > 0 {
				w := strings.ToLower(s[:i] + s[i+1:])
				l.contract[w] = i
				l.contractLast[w[len(w)-1]] = true
				l.contractLast[strings.ToUpper(w)[len(w)-1]] = true
			}
		})
		eachLine("data/starters.txt", func(s string) { l.starters[s] = true })
		eachLine("data/hyphen_prefixes.txt", func(s string) { l.prefixes[strings.ToLower(s)] = true })
		eachLine("data/units.txt", func(s string) { l.units[s] = true })
		eachLine("data/name_syllables.txt", func(s string) { l.syllable[s] = true })
		eachLine("data/openers.txt", func(s string) { l.openers[s] = true })
		lex = l
	})
	return lex
}

// eachLine calls f with every line of an embedded list that is neither blank
// nor a comment. The files are part of the binary, so a missing one is a
// build mistake and panics at start-up rather than at run time.
func eachLine(name string, f func(string)) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("tokenize: embedded list missing: " + name)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f(s)
	}
}

// abbrev reports how w (without its period) behaves as an abbreviation. An
// entry written in lowercase also matches its capitalised forms ("etc" and
// "Etc"), and any entry matches in capitals ("LTD"); otherwise entries match
// only as written, so that the verb "sat." is not "Sat.".
func (l *lexicon) abbrev(w string) abbrKind {
	if k, ok := l.abbr[w]; ok {
		return k
	}
	var buf [24]byte
	if len(w) > len(buf) {
		return abbrNone
	}
	lw := lowerASCII(buf[:0], w)
	if k, ok := l.abbr[string(lw)]; ok && string(lw) != w {
		return k
	}
	if len(w) > 1 && isAllUpper(w) {
		return l.abbrLow[string(lw)]
	}
	return abbrNone
}

// lowerASCII appends the ASCII-lowercased w to dst.
func lowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func isAllUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpperASCII(w[i]) {
			return false
		}
	}
	return true
}
