package lemma

import (
	"cmp"
	"slices"
	"strings"

	"sitrep/corpus"
)

// Train learns a lemmatizer from gold sentences. Training is deterministic.
func Train(sents []corpus.Sentence) *Lemmatizer {
	l := &Lemmatizer{lex: map[lexKey]uint32{}, suffix: map[lexKey]uint32{}, known: map[string]bool{}}
	ruleID := map[rule]uint32{}
	id := func(r rule) uint32 {
		i, ok := ruleID[r]
		if !ok {
			i = uint32(len(l.rules))
			ruleID[r] = i
			l.rules = append(l.rules, r)
		}
		return i
	}
	type pair struct{ form, lemma string }
	lexCounts := map[lexKey]map[uint32]int{}
	pairs := map[lexKey]map[pair]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
				continue
			}
			tag := w.XPOS
			if tag == "" || tag == "_" {
				tag = w.UPOS
			}
			k := lexKey{lowerASCIIFast(w.Form), tag}
			if lexCounts[k] == nil {
				lexCounts[k] = map[uint32]int{}
			}
			lexCounts[k][id(makeRule(w.Form, w.Lemma))]++
			if pairs[k] == nil {
				pairs[k] = map[pair]int{}
			}
			pairs[k][pair{w.Form, w.Lemma}]++
			l.known[w.Lemma] = true
		}
	}
	keys := sortedLexKeys(lexCounts)
	sufCounts := map[lexKey]map[uint32]int{}
	for _, k := range keys {
		r := best(lexCounts[k])
		// The lexicon keeps what reproduces most occurrences of the word:
		// a rule (two rules may agree on a form: "al" is "al" whether
		// lowercased or not) or, for a lemma that is one string whatever
		// the case of the word ("i" and "I" are both "I"), that string.
		cands := make([]uint32, 0, len(lexCounts[k])+len(pairs[k]))
		for c := range lexCounts[k] {
			cands = append(cands, c)
		}
		// In sorted order, so that new rules get the same ids every run.
		lemmas := make([]string, 0, len(pairs[k]))
		for p := range pairs[k] {
			lemmas = append(lemmas, p.lemma)
		}
		slices.Sort(lemmas)
		for _, lm := range lemmas {
			cands = append(cands, id(rule{whole: true, add: lm}))
		}
		slices.Sort(cands)
		bestRule, bestN := r, -1
		for _, c := range cands {
			n := 0
			for p, cnt := range pairs[k] {
				if got, ok := l.rules[c].apply(p.form); ok && got == p.lemma {
					n += cnt
				}
			}
			// Ties go to rules, which generalise over case, then to the
			// lower id; but a proper noun keeps the case it was seen in
			// ("mexico" is "Mexico").
			proper := k.tag == "NNP" || k.tag == "NNPS"
			if n > bestN || n == bestN && l.rules[bestRule].whole != l.rules[c].whole && l.rules[c].whole == proper {
				bestRule, bestN = c, n
			}
		}
		l.lex[k] = bestRule
		// Suffix statistics count word types, not tokens: they stand in
		// for unseen words, which behave like rare types.
		strip := l.rules[r].strip
		for n := 0; n <= min(maxSuffix, len(k.word)); n++ {
			if strip > n && n < len(k.word) {
				continue
			}
			sk := lexKey{k.word[len(k.word)-n:], k.tag}
			if sufCounts[sk] == nil {
				sufCounts[sk] = map[uint32]int{}
			}
			sufCounts[sk][r]++
		}
	}
	for _, sk := range sortedLexKeys(sufCounts) {
		counts := sufCounts[sk]
		total := 0
		for _, n := range counts {
			total += n
		}
		if total < 2 && sk.word != "" {
			continue
		}
		r := best(counts)
		// A suffix that says what its shorter suffix says is redundant.
		if sk.word != "" {
			if pc, ok := sufCounts[lexKey{sk.word[1:], sk.tag}]; ok && best(pc) == r {
				continue
			}
		}
		l.suffix[sk] = r
	}
	return l
}

// best returns the most frequent rule, the lowest id on ties.
func best(counts map[uint32]int) uint32 {
	var b uint32
	bn := -1
	for r, n := range counts {
		if n > bn || n == bn && r < b {
			b, bn = r, n
		}
	}
	return b
}

// bestString returns the most frequent string and its count, the smallest
// string on ties.
func bestString(counts map[string]int) (string, int) {
	b, bn := "", -1
	for s, n := range counts {
		if n > bn || n == bn && s < b {
			b, bn = s, n
		}
	}
	return b, bn
}

func sortedLexKeys[V any](m map[lexKey]V) []lexKey {
	keys := make([]lexKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lexKey) int {
		return cmp.Or(strings.Compare(a.word, b.word), strings.Compare(a.tag, b.tag))
	})
	return keys
}
