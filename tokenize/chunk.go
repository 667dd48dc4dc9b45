package tokenize

import (
	"strings"
	"unicode"
)

// Flags a piece carries from the word rules to the sentence rules.
const (
	fTerm    uint16 = 1 << iota // . ! ? ... : may end a sentence
	fAbbr                       // a word with its abbreviation period
	fTitle                      // abbreviation before a name: never ends a sentence
	fInitial                    // one letter and a period: "J."
	fAcronym                    // dotted letters ("U.S."): capitals keep their period at a sentence end
	fClose                      // closing quotation mark or bracket
	fQuote                      // straight quotation mark: its side is decided by spacing
)

// piece is a token before sentence splitting.
type piece struct {
	start, end int
	flags      uint16
	nl         uint8 // newlines in the space before the piece, at most 255
	space      bool  // whether space precedes the piece
}

// chunk splits the whitespace-free stretch s[lo:hi] into tokens, appending
// them to p. Punctuation is peeled off both ends, then what is left is
// split at clitics, hyphens, slashes and the like.
func (t *Tokenizer) chunk(p []piece, s string, lo, hi int) []piece {
	// Most chunks are plain words: letters only, with nothing to peel.
	plain := true
	for k := lo; k < hi; k++ {
		if !isASCIILetter(s[k]) {
			plain = false
			break
		}
	}
	if plain && !t.lex.contractLast[s[hi-1]] {
		return append(p, piece{start: lo, end: hi})
	}
	if w := s[lo:hi]; emoticons[w] || wholeWords[w] || isRule(w) || isListMark(w) && !inParens(s, lo) {
		return append(p, piece{start: lo, end: hi})
	}
	for lo < hi {
		n, fl := leading(s, lo, hi)
		if n == 0 {
			break
		}
		p = append(p, piece{start: lo, end: lo + n, flags: fl})
		lo += n
	}
	if lo == hi {
		return p
	}
	url := isURL(s[lo:hi])
	var tailBuf [8]piece
	tail := tailBuf[:0]
	var coreFlags uint16
	for lo < hi {
		n, fl := t.trailing(s, lo, hi, url)
		if n == 0 {
			coreFlags = fl
			break
		}
		tail = append(tail, piece{start: hi - n, end: hi, flags: fl})
		hi -= n
	}
	if lo < hi {
		switch {
		case url || coreFlags != 0 && strings.IndexAny(s[lo:hi], "-/") < 0:
			p = append(p, piece{start: lo, end: hi, flags: coreFlags})
		case coreFlags != 0:
			// "Mexico-U.S.": the abbreviation is the last part.
			p = t.core(p, s, lo, hi)
			p[len(p)-1].flags |= coreFlags
		default:
			p = t.core(p, s, lo, hi)
		}
	}
	for i := len(tail) - 1; i >= 0; i-- {
		p = append(p, tail[i])
	}
	return p
}

var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true,
	":D": true, ":-D": true, ":P": true, ":-P": true, ":p": true, ":/": true,
	":'(": true, "<3": true, "^_^": true, "^^": true, ":o)": true, "=)": true,
	"XD": true, "xD": true, "o_O": true, "O_o": true,
}

// wholeWords are shorthands and marks EWT and GUM keep whole.
var wholeWords = map[string]bool{
	"w/": true, "w/o": true, "b/c": true, "W/": true, "B/C": true,
	"Yahoo!": true, "(:": true,
}

// isListMark reports whether w is a list label such as "a)", which GUM
// keeps whole (EWT splits "1 )").
func isListMark(w string) bool {
	return len(w) == 2 && w[1] == ')' && isASCIILetter(w[0])
}

// inParens reports whether an opening bracket shortly before s[i] is still
// open, so that the "a)" of "(see appendix a)" closes it rather than
// labelling a list item.
func inParens(s string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-200; k-- {
		switch s[k] {
		case '(':
			return true
		case ')', '\n':
			return false
		}
	}
	return false
}

// isRule reports whether w is a line of symbols ("=====", "----==",
// "+++"), which is one token.
func isRule(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-', '=', '+', '_', '*', '~', '#', '\\', '/', '|', '<', '>':
		default:
			return false
		}
	}
	return true
}

// twoDigits reports whether s[i:hi] starts with exactly two digits, as the
// year after an apostrophe does: '73, ’90s.
func twoDigits(s string, i, hi int) bool {
	return i+1 < hi && isDigit(s[i]) && isDigit(s[i+1]) && (i+2 == hi || !isDigit(s[i+2]))
}

// runOf returns how many times the byte c repeats from s[i].
func runOf(s string, i, hi int, c byte) int {
	j := i
	for j < hi && s[j] == c {
		j++
	}
	return j - i
}

// runBack returns how many times the byte c repeats ending at s[hi-1].
func runBack(s string, lo, hi int, c byte) int {
	j := hi
	for j > lo && s[j-1] == c {
		j--
	}
	return hi - j
}

// leading returns the length of a punctuation token at the start of
// s[lo:hi], or 0 when a word starts there.
func leading(s string, lo, hi int) (int, uint16) {
	c := s[lo]
	switch c {
	case '"':
		return 1, fQuote
	case '(', '[', '{', '*', '<', '=', '~', '_', '|':
		if c == '<' || c == '=' || c == '*' || c == '~' || c == '_' {
			return runOf(s, lo, hi, c), 0
		}
		return 1, 0
	case '`':
		return runOf(s, lo, hi, c), 0
	case '\'':
		if isClitic(s[lo:hi]) || twoDigits(s, lo+1, hi) {
			return 0, 0 // 's, 'll; '90s
		}
		if lo+1 < hi && s[lo+1] == '\'' && (lo+2 == hi || s[lo+2] != '\'') {
			return 2, 0 // '' as an opening quote
		}
		return 1, fQuote
	case '.':
		if n := runOf(s, lo, hi, '.'); n > 1 {
			return n, fTerm
		}
		if lo+1 < hi && isDigit(s[lo+1]) {
			return 0, 0 // .5
		}
		if lo+1 < hi && isASCIILetter(s[lo+1]) && hi-lo <= 5 {
			return 0, 0 // .com, .NET
		}
		return 1, fTerm
	case '-':
		n := runOf(s, lo, hi, '-')
		if n > 1 {
			return n, 0
		}
		return 1, 0 // EWT splits "-" even from a number: "- 37"
	case '$', '#', '+':
		if lo+1 < hi && isDigit(s[lo+1]) {
			if c == '+' {
				return 0, 0 // +44
			}
			return 1, 0
		}
		if lo+1 == hi || !wordAt(s, lo+1, lo, hi) {
			return runOf(s, lo, hi, c), 0
		}
		if c == '#' {
			return 0, 0 // #hashtag
		}
		return 1, 0
	case '!', '?':
		n := lo
		for n < hi && (s[n] == '!' || s[n] == '?') {
			n++
		}
		return n - lo, fTerm
	case ')', ']', '}':
		return 1, fClose // "[...]"
	case ',', ';', ':', '>', '/', '\\', '&', '%', '^':
		if c == ':' || c == ';' || c == '>' || c == '/' {
			return runOf(s, lo, hi, c), 0
		}
		return 1, 0
	case '@':
		if lo+1 < hi && wordAt(s, lo+1, lo, hi) {
			return 0, 0 // @handle
		}
		return 1, 0
	}
	if c < 0x80 {
		return 0, 0
	}
	r, w := decode(s, lo)
	switch {
	case r == '…':
		return w, fTerm
	case r == '’' || r == '‘':
		if isClitic(s[lo:hi]) || twoDigits(s, lo+w, hi) {
			return 0, 0 // ’s; ’73, ’90s
		}
		if strings.HasPrefix(s[lo+w:hi], string(r)) {
			return 2 * w, 0 // ‘‘ as a double quote
		}
		return w, 0
	case isOpener(r), isCloser(r), isDash(r):
		return w, 0
	case isWordRune(r):
		return 0, 0
	case unicode.IsPunct(r), unicode.IsSymbol(r):
		return w, 0
	}
	return 0, 0
}

// trailing returns the length of a punctuation token at the end of
// s[lo:hi]. When it returns 0 the remainder is one word or a core to split
// further; the flags then describe the word (an abbreviation, say).
func (t *Tokenizer) trailing(s string, lo, hi int, url bool) (int, uint16) {
	c := s[hi-1]
	if hi-lo == 1 {
		return 0, 0
	}
	if url {
		switch c {
		case '.', '!', '?':
			return 1, fTerm
		case ')', ']', '}':
			return 1, fClose
		case '"', '\'':
			return 1, fClose | fQuote
		case ',', ';', ':', '>':
			return 1, 0
		}
		r, w := decodeLast(s, lo, hi)
		if isCloser(r) {
			return w, fClose
		}
		return 0, 0
	}
	switch c {
	case '.', '!', '?':
		// A run of terminal marks is one token ("?!", "!.", "..."), but
		// "Inc.." is the abbreviation and a period.
		j := hi
		for j > lo && (s[j-1] == '!' || s[j-1] == '?' || s[j-1] == '.') {
			j--
		}
		switch {
		case j == lo:
			return 0, fTerm
		case hi-j == 1 && c == '.':
			return t.period(s, lo, hi)
		case hi-j == 2 && s[j] == '.' && c == '.':
			if _, fl := t.period(s, lo, hi-1); fl&fAbbr != 0 {
				return 1, fTerm
			}
		case hi-j > 2 && hi-j <= 8 && strings.Contains(s[j:hi], ".."):
			// An ellipsis stays apart from a question or exclamation
			// mark: "...?" is "..." and "?".
			k := hi - 1
			for k > j && (s[k-1] == '.') == (c == '.') {
				k--
			}
			return hi - k, fTerm
		}
		return hi - j, fTerm
	case ',', ';', ':':
		if isClitic(s[lo:hi]) {
			return 0, 0
		}
		return 1, 0
	case '"':
		return 1, fClose | fQuote
	case ')', ']', '}':
		return 1, fClose
	case '>', '<', '*', '=', '~', '_', '+':
		n := runBack(s, lo, hi, c)
		if n == hi-lo {
			return 0, 0
		}
		return n, 0
	case '\'':
		if isClitic(s[lo:hi]) {
			return 0, 0
		}
		if hi-lo > 2 && s[hi-2] == '\'' && s[hi-3] != '\'' {
			return 2, fClose // '' as a closing quote
		}
		return 1, fClose | fQuote
	case '-':
		n := runBack(s, lo, hi, c)
		if n == hi-lo {
			return 0, 0
		}
		return n, 0
	case '$':
		if k := hi - lo - 1; k <= 3 && isAllUpper(s[lo:hi-1]) {
			return 0, 0 // US$, HK$
		}
		return 1, 0
	case '%', '/', '&', '\\', '|', '^', '(', '[', '{', '`', '@', '#':
		return 1, 0
	}
	if c < 0x80 {
		return 0, 0
	}
	r, w := decodeLast(s, lo, hi)
	switch {
	case r == '…':
		return w, fTerm
	case r == '’':
		if isClitic(s[lo:hi]) {
			return 0, 0
		}
		if hi-lo > 2*w && strings.HasSuffix(s[lo:hi-w], "’") {
			return 2 * w, fClose // ’’ as a double quote
		}
		return w, fClose
	case isCloser(r):
		return w, fClose
	case isOpener(r), isDash(r):
		return w, 0
	case isWordRune(r):
		return 0, 0
	case unicode.IsPunct(r), unicode.IsSymbol(r):
		return w, 0
	}
	return 0, 0
}

// period decides whether the final period of s[lo:hi] belongs to the word
// (an abbreviation, an initial, dotted letters) or is punctuation.
func (t *Tokenizer) period(s string, lo, hi int) (int, uint16) {
	w := s[lo : hi-1]
	if k := strings.LastIndexAny(w, "-/"); k >= 0 && k+1 < len(w) {
		w = w[k+1:] // the part a hyphen or slash would split off
	}
	switch {
	case len(w) == 1 && isASCIILetter(w[0]):
		return 0, fAbbr | fInitial
	case isDotted(w):
		return 0, fAbbr | fAcronym
	}
	switch t.lex.abbrev(w) {
	case abbrTitle:
		return 0, fAbbr | fTitle
	case abbrPlain:
		return 0, fAbbr
	}
	return 1, fTerm
}

// isDotted reports whether w is letters separated by single periods, each
// run at most three letters, with at least one period: "U.S", "a.m",
// "Ph.D".
func isDotted(w string) bool {
	dots, run := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isASCIILetter(c):
			run++
			if run > 3 {
				return false
			}
		case c == '.' && run > 0:
			dots++
			run = 0
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// isURL reports whether w is a web address or an e-mail address, which stay
// one token.
func isURL(w string) bool {
	if len(w) < 5 {
		return false
	}
	if strings.Contains(w, "://") || hasPrefixFold(w, "www.") || hasPrefixFold(w, "mailto:") {
		return true
	}
	at := strings.IndexByte(w, '@')
	if at <= 0 {
		return false
	}
	for i := 0; i < at; i++ {
		if c := w[i]; !isASCIILetter(c) && !isDigit(c) && !strings.ContainsRune("._%+-", rune(c)) {
			return false // Reynolds"<rr...@x.ca: the address starts later
		}
	}
	dot := strings.LastIndexByte(w, '.')
	return dot > at+1 && dot < len(w)-1
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// clitics are the endings UD English splits off as words of their own.
var clitics = []string{"s", "m", "d", "re", "ll", "ve"}

// isClitic reports whether w is a clitic standing alone: 's, ’ll, n't.
func isClitic(w string) bool {
	r, n := decode(w, 0)
	if !isApostrophe(r) && r != '`' {
		return strings.EqualFold(w, "n't") || strings.EqualFold(w, "n’t")
	}
	rest := w[n:]
	for _, c := range clitics {
		if strings.EqualFold(rest, c) {
			return true
		}
	}
	return false
}

// clitic returns where a clitic ending of s[lo:hi] starts, or hi when there
// is none: "do|n't", "it|'s", "I|’m".
func clitic(s string, lo, hi int) int {
	w := s[lo:hi]
	// n't, n’t
	if l := len(w); l >= 4 && (w[l-1] == 't' || w[l-1] == 'T') {
		for _, ap := range [...]string{"'", "’"} {
			a := l - 1 - len(ap) // the apostrophe
			k := a - 1           // the n
			if k >= 1 && w[a:l-1] == ap && (w[k] == 'n' || w[k] == 'N') && wordBefore(w, k, 0) {
				return lo + k
			}
		}
	}
	for _, c := range clitics {
		if len(w) <= len(c)+1 || !strings.EqualFold(w[len(w)-len(c):], c) {
			continue
		}
		k := len(w) - len(c)
		r, n := decodeLast(w, 0, k)
		if c == "s" && k-n > 0 && isDigit(w[k-n-1]) {
			return hi // the 1980's, 12's: a plural, not a clitic
		}
		if (isApostrophe(r) || r == '`') && (wordBefore(w, k-n, 0) || k-n > 1 && w[k-n-1] == '.') { // "U.S.'s"
			return lo + k - n
		}
	}
	return hi
}

// hasApostrophe reports whether one of the last bytes of s[lo:hi] could
// belong to the apostrophe of a clitic; most words have none, and the test
// spares them the search for one.
func hasApostrophe(s string, lo, hi int) bool {
	for k := max(lo, hi-6); k < hi; k++ {
		if c := s[k]; c == '\'' || c == '`' || c == 0xE2 {
			return true
		}
	}
	return false
}

// core splits a word with no punctuation left at its ends.
func (t *Tokenizer) core(p []piece, s string, lo, hi int) []piece {
	if hasApostrophe(s, lo, hi) {
		if k := clitic(s, lo, hi); k < hi {
			p = t.core(p, s, lo, k)
			return append(p, piece{start: k, end: hi})
		}
	}
	if hi-lo <= 10 && t.lex.contractLast[s[hi-1]] {
		var buf [10]byte
		if k, ok := t.lex.contract[string(lowerASCII(buf[:0], s[lo:hi]))]; ok {
			return append(p, piece{start: lo, end: lo + k}, piece{start: lo + k, end: hi})
		}
	}
	phone := isPhone(s[lo:hi])
	addr := strings.IndexByte(s[lo:hi], '@') >= 0
	seg := lo
	for i := lo; i < hi; {
		r, w := decode(s, i)
		split := 0 // length of a separator token at i
		switch {
		case r == '-':
			if n := runOf(s, i, hi, '-'); n > 1 {
				split = n
			} else if !phone && i > seg && i+1 < hi && !t.keepHyphen(s, seg, i, hi) {
				split = 1
			}
		case r == '/' || r == ',':
			if i > seg && i+1 < hi && !(isDigit(s[i-1]) && isDigit(s[i+1])) && !(r == '/' && i-seg == 1 && (i+2 == hi || !wordAt(s, i+2, lo, hi))) {
				split = 1 // and/or; but 3,200, 9/11 and l/c stay whole
			}
		case r == '(' || r == '[' || r == ')' || r == ']':
			if i > seg {
				split = 1 // account(s), USD[38,000
			}
		case r == ':':
			if i > seg && i+1 < hi && !(isDigit(s[i-1]) && isDigit(s[i+1])) {
				split = 1 // Price:3,40; but 6:30 stays whole
			}
		case r == ';' || r == '"' || r == '!' || r == '?':
			if i > seg && i+1 < hi {
				split = w
			}
		case r == '.':
			if n := runOf(s, i, hi, '.'); n > 1 {
				split = n
			} else if i-seg >= 2 && i+1 < hi && 'a' <= s[i-1] && s[i-1] <= 'z' && isUpperASCII(s[i+1]) && !isDotted(s[seg:i]) && !addr && !isSuffix(s, i+1, hi) {
				// A missing space after a sentence: "Hampshire.Flag".
				if seg < i {
					p = t.chunk(p, s, seg, i)
				}
				p = append(p, piece{start: i, end: i + 1, flags: fTerm})
				i++
				seg = i
				continue
			}
		case r == '…' || isDash(r):
			split = w
		}
		if split > 0 {
			// The parts around a separator may carry punctuation of their
			// own ("act—“My"), so each is a chunk again.
			if seg < i {
				p = t.chunk(p, s, seg, i)
			}
			p = append(p, piece{start: i, end: i + split})
			i += split
			seg = i
			phone = isPhone(s[seg:hi])
			if addr && hi-seg <= 256 && isURL(strings.TrimLeft(s[seg:hi], "<(\"'")) {
				return t.chunk(p, s, seg, hi) // "Reynolds"<rr...@x.ca>
			}
			continue
		}
		i += w
	}
	if seg > lo && seg < hi {
		return t.chunk(p, s, seg, hi)
	}
	return t.word(p, s, seg, hi)
}

// word appends s[lo:hi] as one token, splitting a unit off a number
// ("5pm").
func (t *Tokenizer) word(p []piece, s string, lo, hi int) []piece {
	if lo >= hi {
		return p
	}
	if isDigit(s[lo]) {
		i := lo
		for i < hi && (isDigit(s[i]) || s[i] == '.' || s[i] == ',' || s[i] == ':') && (s[i] != '.' || i+1 < hi && isDigit(s[i+1])) {
			i++
		}
		if i < hi && i > lo && t.lex.units[s[i:hi]] {
			return append(p, piece{start: lo, end: i}, piece{start: i, end: hi})
		}
	}
	return append(p, piece{start: lo, end: hi})
}

// keepHyphen reports whether the hyphen at s[i] stays inside its word: after
// a prefix such as "non" or "re", EWT keeps "non-profit" whole.
func (t *Tokenizer) keepHyphen(s string, seg, i, hi int) bool {
	left := s[seg:i]
	if !wordAt(s, i+1, i+1, hi) {
		return true
	}
	if len(left) > 8 {
		return false
	}
	var buf [8]byte
	if t.lex.prefixes[string(lowerASCII(buf[:0], left))] {
		return true
	}
	// A given name such as "Wai-keung" or "Hee-Chan".
	right := s[i+1 : hi]
	for k := 0; k < len(right) && k < 8; k++ {
		if !isASCIILetter(right[k]) {
			right = right[:k]
			break
		}
	}
	if !isUpperASCII(left[0]) || len(right) > 7 || !t.lex.syllable[string(lowerASCII(buf[:0], left))] {
		return false
	}
	return t.lex.syllable[string(lowerASCII(buf[:0], right))]
}

// isPhone reports whether w is a telephone number or postal code written with
// hyphens ("713-853-3989", "77042-2016"), which EWT keeps whole, as opposed
// to a range ("5-10", "1969-1970").
func isPhone(w string) bool {
	if len(w) == 0 || !isDigit(w[0]) {
		return false
	}
	// Only the digits and hyphens at the start count: "651-7106;Fax".
	for k := 0; k < len(w); k++ {
		if !isDigit(w[k]) && w[k] != '-' {
			w = w[:k]
			break
		}
	}
	if len(w) > 20 {
		return false
	}
	groups, run, first := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			run++
		case c == '-' && run > 0:
			if groups == 0 {
				first = run
			}
			groups++
			run = 0
		default:
			return false
		}
	}
	if groups == 0 || run != 4 {
		return false
	}
	// Two years make a range.
	return !(groups == 1 && first == 4 && (w[0] == '1' || w[0] == '2'))
}

// suffixes are the endings of web addresses and file names, which a period
// joins to a word without ending a sentence ("Newsfeed.Com", "Services.DOC").
var suffixes = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "co": true, "uk": true,
	"doc": true, "docx": true, "pdf": true, "xls": true, "xlsx": true, "ppt": true,
	"txt": true, "htm": true, "html": true, "jpg": true, "png": true, "gif": true, "zip": true,
}

// isSuffix reports whether the letters at s[i] are a web or file suffix.
func isSuffix(s string, i, hi int) bool {
	j := i
	for j < hi && isASCIILetter(s[j]) {
		j++
	}
	if j-i > 4 {
		return false
	}
	var buf [4]byte
	return suffixes[string(lowerASCII(buf[:0], s[i:j]))]
}
