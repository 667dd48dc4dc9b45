package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// decode returns the rune at s[i] and its width, with a fast path for ASCII.
// Invalid bytes decode as utf8.RuneError of width 1, which counts as a
// letter-like character: it is never space, so it always lands in a token.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the last rune of s[lo:hi] and its width.
func decodeLast(s string, lo, hi int) (rune, int) {
	if c := s[hi-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[lo:hi])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// isWordRune reports whether r belongs inside words: letters, digits and
// marks, and undecodable bytes.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || isDigit(byte(r))
	}
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordAt reports whether the rune at s[i] (i inside [lo, hi)) is a word rune.
func wordAt(s string, i, lo, hi int) bool {
	if i < lo || i >= hi {
		return false
	}
	r, _ := decode(s, i)
	return isWordRune(r)
}

// wordBefore reports whether the rune ending at s[i] is a word rune.
func wordBefore(s string, i, lo int) bool {
	if i <= lo {
		return false
	}
	r, _ := decodeLast(s, lo, i)
	return isWordRune(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// Quotation marks and brackets by side. Straight quotes have no side; the
// spacing around them decides.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '“', '‘', '«', '‹', '„', '‚':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '”', '’', '»', '›':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '–', '—', '―', '−':
		return true
	}
	return false
}

// startsUpper reports whether the text at i begins with an uppercase
// letter.
func startsUpper(s string, i int) bool {
	r, _ := decode(s, i)
	return unicode.IsUpper(r)
}

func startsLower(s string, i int) bool {
	r, _ := decode(s, i)
	return unicode.IsLower(r)
}
