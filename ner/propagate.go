package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// propagate adds, within one article, the mentions the tagger missed of
// names it found elsewhere: a name is usually written the same way each
// time, and the sentence where context gives it away lends its label to
// the others. Names defined with their acronym are settled first
// (defineAcronyms); then an acronym in brackets right after an entity
// ("the Authority ( HANO )") takes the entity's label.
// spans are absolute token spans, sorted; words are the document's
// tokens and sents the token ranges of its sentences. capitalised says
// whether a lowercased word is a name wherever it stands (nil: any word
// is).
func propagate(words []string, sents [][2]int, spans []tokenSpan, capitalised func(string) bool) []tokenSpan {
	spans = defineAcronyms(words, sents, spans)
	if len(spans) == 0 {
		return spans
	}
	tagged := make([]bool, len(words))
	for _, s := range spans {
		for i := s.start; i < s.end; i++ {
			tagged[i] = true
		}
	}
	known := map[string]int{}
	// lowKnown holds the same names lowercased, for sentences written
	// without capitals, where "firefox" names what "Firefox" did; not
	// acronyms ("US" is not "us"), names of fewer than 3 letters, nor
	// single words that running text mostly writes in lowercase: the
	// "may" of "we may go" is not Theresa May, nor "the gates" Bill Gates.
	lowKnown := map[string]int{}
	maxLen := 0
	note := func(m map[string]int, key string, typ int) {
		if t, ok := m[key]; ok && t != typ {
			m[key] = -1 // both ways in one article: trust neither
		} else {
			m[key] = typ
		}
	}
	learn := func(key string, typ, n int) {
		note(known, key, typ)
		if lk := strings.ToLower(key); len(key) >= 3 && (n > 1 || !isAcronym(key) && (capitalised == nil || capitalised(lk))) {
			note(lowKnown, lk, typ)
		}
		maxLen = max(maxLen, n)
	}
	var added []tokenSpan
	for _, s := range spans {
		learn(strings.Join(words[s.start:s.end], " "), s.typ, s.end-s.start)
		if s.typ == 0 && s.end-s.start > 1 {
			// A person named in full is named later by the surname.
			learn(words[s.end-1], s.typ, 1)
		}
		if a := s.end + 1; a+1 < len(words) && words[s.end] == "(" && words[a+1] == ")" && !tagged[a] && isAcronym(words[a]) && len(words[a]) > 1 {
			added = append(added, tokenSpan{a, a + 1, s.typ})
			tagged[a] = true
			learn(words[a], s.typ, 1)
		}
	}
	for _, se := range sents {
		lowerOnly := len(lowKnown) > 0
		for i := se[0]; i < se[1] && lowerOnly; i++ {
			lowerOnly = !hasUpper(words[i])
		}
		for i := se[0]; i < se[1]; i++ {
			if tagged[i] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(words[i])
			if !unicode.IsUpper(r) && !(lowerOnly && unicode.IsLetter(r)) {
				continue
			}
			for n := min(maxLen, se[1]-i); n >= 1; n-- {
				free := true
				for j := i; j < i+n; j++ {
					if tagged[j] {
						free = false
						break
					}
				}
				if !free {
					continue
				}
				key := strings.Join(words[i:i+n], " ")
				t, ok := known[key]
				if lowerOnly {
					t, ok = lowKnown[key]
				}
				if ok && t >= 0 {
					added = append(added, tokenSpan{i, i + n, t})
					for j := i; j < i+n; j++ {
						tagged[j] = true
					}
					i += n - 1
					break
				}
			}
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sort.Slice(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	return spans
}

// defineAcronyms finds names defined with their acronym in brackets, "the
// Housing Authority of New Orleans ( HANO )", where the initials of the
// capitalised words before the bracket spell the acronym. The name and the
// acronym become one entity each, replacing what the tagger found inside
// them, when the tagger found a name somewhere in them: of the type the
// tagger gave the whole name if it found exactly that, else ORG (news
// defines the acronyms of organisations far more often than those of
// people or places).
func defineAcronyms(words []string, sents [][2]int, spans []tokenSpan) []tokenSpan {
	changed := false
	si := 0 // the sentence holding token i
	for i := 0; i+2 < len(words); i++ {
		for si < len(sents) && sents[si][1] <= i {
			si++
		}
		if words[i] != "(" || words[i+2] != ")" {
			continue
		}
		letters, ok := acronymLetters(words[i+1])
		if !ok {
			continue
		}
		lo := 0
		if si < len(sents) && sents[si][0] <= i {
			lo = sents[si][0]
		}
		start := initialsMatch(words, lo, i, letters)
		if start < 0 {
			continue
		}
		typ, seen := typeIndex("ORG"), false
		for _, sp := range spans {
			if sp.start == start && sp.end == i {
				typ = sp.typ
			}
			seen = seen || sp.start < i+2 && sp.end > start
		}
		if !seen {
			// Nothing in it looked like a name to the tagger: likely
			// a term ("Crew Exploration Vehicle ( CEV )").
			continue
		}
		kept := spans[:0:0]
		for _, sp := range spans {
			if sp.end <= start || sp.start >= i+2 {
				kept = append(kept, sp)
			}
		}
		spans = append(kept, tokenSpan{start, i, typ}, tokenSpan{i + 1, i + 2, typ})
		changed = true
		i += 2
	}
	if changed {
		sort.Slice(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	}
	return spans
}

// acronymLetters returns the capitals of an acronym ("HANO", "U.N."): two
// to eight of them and nothing but periods and ampersands besides.
func acronymLetters(w string) (string, bool) {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r == '.' || r == '&':
		default:
			return "", false
		}
	}
	n := b.Len()
	return b.String(), n >= 2 && n <= 8
}

// linkWords may stand inside a name without giving it a letter ("Bank of
// America") or may give one ("Department of Defense ( DOD )").
var linkWords = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true, "in": true,
	"&": true, "de": true, "du": true, "des": true, "la": true, "le": true, "to": true, "at": true}

// initialsMatch returns the first token of the words in [lo, end) ending
// before end whose initials spell letters, or -1: each capitalised word
// gives its first letter, link words give theirs or none, and the first
// word must be capitalised. lo is the sentence start: a name does not run
// on from the sentence before ("City Hall\nHousing Authority ( CHHA )").
func initialsMatch(words []string, lo, end int, letters string) int {
	var try func(j, k int) int
	try = func(j, k int) int {
		// Tokens [j+1, end) have spelt letters[k+1:].
		if k < 0 {
			if r := words[j+1][0]; r >= 'A' && r <= 'Z' {
				return j + 1
			}
			return -1
		}
		if j < lo || end-j > 12 {
			return -1
		}
		w := words[j]
		if w == "" {
			return -1
		}
		if linkWords[w] {
			if s := try(j-1, k); s >= 0 {
				return s
			}
			if w[0]-'a'+'A' == letters[k] {
				return try(j-1, k-1)
			}
			return -1
		}
		if w[0] != letters[k] {
			return -1
		}
		return try(j-1, k-1)
	}
	return try(end-1, len(letters)-1)
}

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
