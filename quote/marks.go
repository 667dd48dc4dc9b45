package quote

import "strings"

// Quotation marks. Straight marks (" and the ” of older wire copy) open
// or close by context; the other curly ones say which they are. Single quotes are
// never scanned: inside a quote they nest, and outside one they are mostly
// apostrophes or headline style.
const (
	markNone = iota
	markOpen
	markClose
	markEither
)

// markAt returns the kind and byte length of a double quotation mark at the
// start of s.
func markAt(s string) (kind, n int) {
	switch {
	case s == "":
		return markNone, 0
	case s[0] == '"':
		return markEither, 1
	case strings.HasPrefix(s, "'''"):
		// A nested single quote against the double one: `one of us,'''`.
		return markEither, 3
	case strings.HasPrefix(s, "''"):
		return markEither, 2
	case strings.HasPrefix(s, "``"):
		return markOpen, 2
	case strings.HasPrefix(s, "“"), strings.HasPrefix(s, "„"):
		return markOpen, 3
	case strings.HasPrefix(s, "«"):
		return markOpen, 2
	case strings.HasPrefix(s, "”"):
		// Older wire copy writes ” for both marks.
		return markEither, 3
	case strings.HasPrefix(s, "»"):
		return markClose, 2
	}
	return markNone, 0
}

// quoteMarkLen is the length of a quotation mark (double or single) at the
// start of s, for the tokenizer.
func quoteMarkLen(s string) int {
	if _, n := markAt(s); n > 0 {
		return n
	}
	for _, m := range []string{"‘", "’", "'"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// quoteMarkLenEnd is the length of a quotation mark at the end of s.
func quoteMarkLenEnd(s string) int {
	for _, m := range []string{"''", "“", "”", "\"", "»", "«", "’", "‘", "'"} {
		if strings.HasSuffix(s, m) {
			return len(m)
		}
	}
	return 0
}

func isOpeningQuote(w string) bool {
	k, n := markAt(w)
	return n == len(w) && (k == markOpen || k == markEither)
}

func isClosingQuote(w string) bool {
	k, n := markAt(w)
	return n == len(w) && (k == markClose || k == markEither) || w == "’"
}

// isQuoteToken reports any double quotation mark token.
func isQuoteToken(w string) bool {
	_, n := markAt(w)
	return n > 0 && n == len(w)
}

// qspan is a stretch of quoted text: from the opening mark to the closing
// one inclusive, or to the end of the paragraph for a quote never closed.
type qspan struct {
	start, end int
	closed     bool
}

// scanQuotes finds the top-level double-quoted stretches of text. A quote
// still open at the end of a paragraph continues when the next paragraph
// opens with a quotation mark, as news style has it for quotes of several
// paragraphs; otherwise it ends with its paragraph, unclosed.
func scanQuotes(text string) []qspan {
	var out []qspan
	open := -1
	straight := false // the open quote opened with a straight mark
	nested := false   // a curly quote is open inside a straight one
	lastWord := 0     // end of the last non-space byte seen
	i := 0
	for i < len(text) {
		c := text[i]
		if c == '\n' {
			if open >= 0 {
				j := i
				for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
					j++
				}
				if k, n := markAt(text[j:]); k == markOpen || k == markEither {
					i = j + n
					lastWord = i
					continue
				}
				out = append(out, qspan{open, lastWord, false})
				open = -1
			}
			nested = false
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		kind, n := markNone, 0
		if c == '"' || c == '\'' || c == '`' || c == 0xE2 || c == 0xC2 {
			kind, n = markAt(text[i:])
		}
		switch kind {
		case markNone:
			if c < 0x80 {
				n = 1
			} else {
				n = runeLen(text[i:])
			}
		case markOpen:
			if open >= 0 && straight && !nested {
				// "... isn’t about “Equal Justice Under Law” ...": curly
				// marks nest inside straight ones.
				nested = true
				break
			}
			if open >= 0 && i > 0 && !isSpace(text[i-1]) && (i+n >= len(text) || !isWordByte(text[i+n])) {
				// “It's unusual,“ he said: a left mark used to close.
				out = append(out, qspan{open, i + n, true})
				open = -1
				break
			}
			open, straight = i, false // a second opening mark means the first was never closed
		case markClose:
			if nested {
				nested = false
				break
			}
			if open >= 0 {
				out = append(out, qspan{open, i + n, true})
				open = -1
			}
		case markEither:
			if nested && c == 0xE2 {
				// ” closes a curly quote nested in a straight one.
				nested = false
				break
			}
			before := byte(' ')
			if i > 0 {
				before = text[i-1]
			}
			after := byte(' ')
			if i+n < len(text) {
				after = text[i+n]
			}
			opens := isSpaceOrOpen(before) && !isSpace(after)
			switch {
			case open < 0 && opens:
				open, straight = i, true
			case open >= 0 && opens && isWordByte(after) && !isWordByte(before) && before != '(' && i > 0 && text[i-1] == ' ':
				open, straight = i, true // reads as an opening: the quote before was never closed
			case open >= 0:
				out = append(out, qspan{open, i + n, true})
				open, nested = -1, false
			}
		}
		i += n
		lastWord = i
	}
	if open >= 0 {
		out = append(out, qspan{open, lastWord, false})
	}
	return out
}

func runeLen(s string) int {
	c := s[0]
	switch {
	case c >= 0xF0:
		return min(4, len(s))
	case c >= 0xE0:
		return min(3, len(s))
	case c >= 0xC0:
		return min(2, len(s))
	}
	return 1
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func isSpaceOrOpen(b byte) bool {
	return isSpace(b) || b == '(' || b == '[' || b == '-' || b == '/' || b == '\'' || b == 0x94 || b == 0x93 || b == 0xA0 // last bytes of —, – and no-break space
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
