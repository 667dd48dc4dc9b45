// Package wordclass learns word classes from unlabeled text, for features
// that generalise from annotated words to words seen only in raw news.
package wordclass

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word classes by the exchange algorithm (Kneser and Ney 1993; Martin,
// Liermann and Ney 1998): words are moved between a fixed number of
// classes, one at a time, to wherever the class bigram model of the text
// gains most likelihood. Words of a class share their neighbours, so
// "Minister" and "Secretary", or "Paris" and "Moscow", end up together,
// and a class feature lets a model generalise from the words it saw
// annotated to those it saw only in unlabeled news.

// Cluster assigns classes to the words of sents (each a sequence of
// lowercased words) among the maxVocab most frequent of those seen at
// least three times; nclass classes, at most iters passes. The result is
// deterministic. Classes are numbered 1..nclass; absent words get 0.
func Cluster(sents [][]string, nclass, maxVocab, iters int) map[string]uint16 {
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= 3 {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if freq[vocab[i]] != freq[vocab[j]] {
			return freq[vocab[i]] > freq[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	if len(vocab) > maxVocab {
		vocab = vocab[:maxVocab]
	}
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	// Rare words share one extra class that never moves (index nclass),
	// so that their bigrams still count for their neighbours.
	V := len(vocab)
	rare := int32(V)
	type pair struct{ a, b int32 }
	big := map[pair]int{}
	for _, s := range sents {
		prev := rare // the sentence boundary counts as a rare word
		for _, w := range s {
			x, ok := id[w]
			if !ok {
				x = rare
			}
			big[pair{prev, x}]++
			prev = x
		}
		big[pair{prev, rare}]++
	}
	type nb struct {
		w int32
		n int
	}
	right := make([][]nb, V+1) // right[w]: words after w
	left := make([][]nb, V+1)
	self := make([]int, V+1)
	countL := make([]int, V+1) // bigrams the word begins
	countR := make([]int, V+1) // bigrams the word ends
	keys := make([]pair, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].a != keys[j].a {
			return keys[i].a < keys[j].a
		}
		return keys[i].b < keys[j].b
	})
	total := 0
	for _, k := range keys {
		n := big[k]
		total += n
		if k.a == k.b {
			self[k.a] += n
			continue
		}
		right[k.a] = append(right[k.a], nb{k.b, n})
		left[k.b] = append(left[k.b], nb{k.a, n})
	}
	for _, k := range keys {
		countL[k.a] += big[k]
		countR[k.b] += big[k]
	}
	C := nclass + 1
	class := make([]int, V+1)
	for w := 0; w < V; w++ {
		class[w] = w % nclass
	}
	class[V] = nclass
	N := make([]int, C*C) // class bigram counts
	ML := make([]int, C)  // class counts as first of a bigram
	MR := make([]int, C)  // as second
	for _, k := range keys {
		N[class[k.a]*C+class[k.b]] += big[k]
	}
	for w := 0; w <= V; w++ {
		ML[class[w]] += countL[w]
		MR[class[w]] += countR[w]
	}
	table := make([]float64, total+1)
	for x := 1; x <= total; x++ {
		table[x] = float64(x) * math.Log(float64(x))
	}
	xlogx := func(x int) float64 {
		if x <= 0 {
			return 0
		}
		if x < len(table) {
			return table[x]
		}
		return float64(x) * math.Log(float64(x))
	}
	L := make([]int, C) // bigram counts (class c, w)
	R := make([]int, C) // (w, class c)
	var touchedL, touchedR []int
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 0; w < V; w++ {
			a := class[w]
			touchedL, touchedR = touchedL[:0], touchedR[:0]
			for _, e := range left[w] {
				c := class[e.w]
				if L[c] == 0 {
					touchedL = append(touchedL, c)
				}
				L[c] += e.n
			}
			for _, e := range right[w] {
				c := class[e.w]
				if R[c] == 0 {
					touchedR = append(touchedR, c)
				}
				R[c] += e.n
			}
			s := self[w]
			// Take w out of a.
			for _, c := range touchedL {
				N[c*C+a] -= L[c]
			}
			for _, c := range touchedR {
				N[a*C+c] -= R[c]
			}
			N[a*C+a] -= s
			ML[a] -= countL[w]
			MR[a] -= countR[w]
			// Gain of putting w into b, up to terms that do not depend on b.
			gain := func(b int) float64 {
				g := 0.0
				for _, c := range touchedL {
					if c == b {
						continue
					}
					x := N[c*C+b]
					g += xlogx(x+L[c]) - xlogx(x)
				}
				for _, c := range touchedR {
					if c == b {
						continue
					}
					x := N[b*C+c]
					g += xlogx(x+R[c]) - xlogx(x)
				}
				x := N[b*C+b]
				g += xlogx(x+L[b]+R[b]+s) - xlogx(x)
				g -= xlogx(ML[b]+countL[w]) - xlogx(ML[b])
				g -= xlogx(MR[b]+countR[w]) - xlogx(MR[b])
				return g
			}
			best, bg := a, gain(a)
			for b := 0; b < nclass; b++ {
				if b == a {
					continue
				}
				if g := gain(b); g > bg+1e-9 {
					best, bg = b, g
				}
			}
			if best != a {
				moved++
			}
			class[w] = best
			for _, c := range touchedL {
				if c != best {
					N[c*C+best] += L[c]
				}
			}
			for _, c := range touchedR {
				if c != best {
					N[best*C+c] += R[c]
				}
			}
			N[best*C+best] += L[best] + R[best] + s
			ML[best] += countL[w]
			MR[best] += countR[w]
			for _, c := range touchedL {
				L[c] = 0
			}
			for _, c := range touchedR {
				R[c] = 0
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]uint16, V)
	for w, word := range vocab {
		out[word] = uint16(class[w] + 1)
	}
	return out
}

// Sentences splits running text into lines of lowercased tokens:
// runs of letters, digits and apostrophes, and single other characters.
func Sentences(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		var s []string
		for i := 0; i < len(line); {
			r, size := utf8.DecodeRuneInString(line[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			j := i + size
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				for j < len(line) {
					r2, s2 := utf8.DecodeRuneInString(line[j:])
					if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '\'' {
						break
					}
					j += s2
				}
			}
			s = append(s, strings.ToLower(line[i:j]))
			i = j
		}
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

var markup = regexp.MustCompile(`<[^>]*>`)

// Text returns the running text of an unlabeled file: a TimeML file
// (.tml) without its tags, a CoNLL-U file (.conllu) as its "# text = "
// lines, anything else as it is.
func Text(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	text := string(data)
	switch {
	case strings.HasSuffix(path, ".tml"):
		text = markup.ReplaceAllString(text, " ")
	case strings.HasSuffix(path, ".conllu"):
		var b strings.Builder
		for _, line := range strings.Split(text, "\n") {
			if t, ok := strings.CutPrefix(line, "# text = "); ok {
				b.WriteString(t)
				b.WriteByte('\n')
			}
		}
		text = b.String()
	}
	return text, nil
}

// Files expands comma-separated glob patterns into a sorted list of
// distinct files; a pattern that matches nothing is an error, so that a
// mistyped path does not silently train on less text.
func Files(patterns string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, p := range strings.Split(patterns, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		m, err := filepath.Glob(p)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", p, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("pattern %q matches no file", p)
		}
		for _, f := range m {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}
