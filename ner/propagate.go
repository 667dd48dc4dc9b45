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
// the others. An acronym in brackets right after an entity ("Housing
// Authority of New Orleans ( HANO )") takes the entity's label first.
// spans are absolute token spans, sorted; words are the document's
// tokens and sents the token ranges of its sentences.
func propagate(words []string, sents [][2]int, spans []tokenSpan) []tokenSpan {
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
	maxLen := 0
	learn := func(key string, typ, n int) {
		if t, ok := known[key]; ok && t != typ {
			known[key] = -1 // both ways in one article: trust neither
			return
		}
		known[key] = typ
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
		for i := se[0]; i < se[1]; i++ {
			if tagged[i] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(words[i])
			if !unicode.IsUpper(r) {
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
				if t, ok := known[strings.Join(words[i:i+n], " ")]; ok && t >= 0 {
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
