package timex

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kPunct   kind = iota
	kAlpha        // letters, with inner dots (a.m) and hyphens excluded
	kDigits       // digits only
	kNumeric      // digits with inner separators or letters: 2024-03-12, 10:30, 21st, 1990s
)

// word is one lexical unit of a sentence as the grammar sees it. The
// recogniser does its own splitting, finer than any tokenizer's
// ("third-quarter" is three words here), so that its rules do not depend on
// tokenization choices; spans still come out as byte offsets of the text.
type word struct {
	start, end int // byte offsets in the document
	low        string
	k          kind
	upper      bool // starts with a capital letter
	e          entry
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lex splits text[from:to] into words. low is the ASCII-lower-cased text
// of the whole document, so both share offsets.
func lex(text, low string, from, to int, out []word) []word {
	i := from
	for i < to {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= utf8.RuneSelf && isSpaceRune(text[i:to]):
			// no-break and thin spaces, which JSON and text inputs keep:
			// "March\u00a012" is March 12
			_, n := utf8.DecodeRuneInString(text[i:to])
			i += n
		case isLetter(c) || c >= utf8.RuneSelf && isLetterRune(text[i:to]):
			j := i
			for j < to {
				b := text[j]
				if isLetter(b) {
					j++
				} else if b >= utf8.RuneSelf && isLetterRune(text[j:to]) {
					_, n := utf8.DecodeRuneInString(text[j:to])
					j += n
				} else if b == '.' && j+1 < to && isLetter(text[j+1]) && j-i == 1 {
					// a.m, p.m, U.S: single letters joined by dots
					j++
				} else {
					break
				}
			}
			w := word{start: i, end: j, low: low[i:j], k: kAlpha, upper: c >= 'A' && c <= 'Z'}
			w.e = lexicon[w.low]
			out = append(out, w)
			i = j
		case isDigit(c):
			j := i
			k := kDigits
			for j < to {
				b := text[j]
				if isDigit(b) {
					j++
				} else if b == '-' && k == kDigits && j-i <= 2 {
					// "12-13" after a month is two days, not one word
					break
				} else if (b == ',' && j+4 <= to && allDigits(text, j+1, j+4) && (j+4 == to || !isDigit(text[j+4]))) ||
					((b == ':' || b == '/' || b == '.' || b == '-') && j+1 < to && isDigit(text[j+1])) {
					j++
					k = kNumeric
				} else {
					break
				}
			}
			// A letter suffix glued to digits: 21st, 1990s, 10am, 2024-03-12T14:30.
			for j < to && (isLetter(text[j]) || text[j] == ':' && j+1 < to && isDigit(text[j+1]) || k == kNumeric && isDigit(text[j])) {
				j++
				k = kNumeric
			}
			out = append(out, word{start: i, end: j, low: low[i:j], k: k})
			i = j
		default:
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(text[i:to])
			}
			out = append(out, word{start: i, end: i + n, low: low[i : i+n], k: kPunct})
			i += n
		}
	}
	return out
}

func allDigits(s string, i, j int) bool {
	if j > len(s) {
		return false
	}
	for ; i < j; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isSpaceRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func isLetterRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// lowerASCII lower-cases ASCII letters only, so that offsets are kept.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
