package pos

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"sitrep/corpus"
)

// TrainOptions sets a training run. The same options and data give the same
// model, byte for byte.
type TrainOptions struct {
	Iters int
	Seed  uint64
	// Prune drops averaged weights smaller than this in magnitude.
	Prune float64
	// Runs is how many models, trained with seeds Seed, Seed+1, ..., are
	// averaged into one (1 when zero): a cheap ensemble that costs nothing
	// at inference.
	Runs int
	// Stack trains two passes, the second seeing the first's tags of the
	// words to the right.
	Stack bool
	// WordClasses are word classes (1..n) of lowercased words, one map
	// per clustering (at most two), learnt from unlabeled text; nil for
	// none.
	WordClasses []map[string]uint16
	// Log, when set, receives one line per iteration.
	Log io.Writer
}

// Thresholds of the lexicon, chosen on EWT dev.
const (
	minClassCount = 3  // rarer UPOS+XPOS pairs fold into a frequent one
	minAmbCount   = 2  // words seen once are treated as unknown
	dictCount     = 20 // a word tagged by dictionary must be this frequent
	dictShare     = 0.995
)

// Thresholds of the tag limits, chosen on EWT dev (docs/tagger.md).
const (
	// allowCount is how often a word must be seen for its tags to be
	// limited to those it took in training.
	allowCount = 20
	// ambShare is the share above which a tag counts towards a word's
	// ambiguity class.
	ambShare = 0.05
)

// Train trains a tagger on gold sentences.
func Train(sents []corpus.Sentence, opt TrainOptions) (*Tagger, error) {
	if opt.Iters <= 0 {
		return nil, fmt.Errorf("pos: iterations must be positive, got %d", opt.Iters)
	}
	if len(opt.WordClasses) > maxClusterings {
		return nil, fmt.Errorf("pos: %d word clusterings, at most %d supported", len(opt.WordClasses), maxClusterings)
	}
	m := &Tagger{wc: opt.WordClasses}
	gold, err := m.buildLexicon(sents)
	if err != nil {
		return nil, err
	}
	all := make([]int, len(sents))
	for i := range all {
		all[i] = i
	}
	if !opt.Stack {
		m.w = m.trainPass(sents, gold, all, nil, opt, "single pass")
		return m, nil
	}
	// The second pass must learn from first-pass tags as good as those it
	// will see on new text, not from tags of sentences the first pass was
	// trained on: each half of the data is tagged by a model trained on
	// the other half.
	var halves [2][]int
	for i := range sents {
		halves[i%2] = append(halves[i%2], i)
	}
	first := make([][]int, len(sents))
	s := &scratch{scores: make([]float32, len(m.classes))}
	for h := 0; h < 2; h++ {
		w := m.trainPass(sents, gold, halves[1-h], nil, opt, fmt.Sprintf("first pass, half %d", 2-h))
		for _, si := range halves[h] {
			m.prepareSentence(s, sents[si].Words)
			first[si] = m.greedy(s, w, nil, nil)
		}
	}
	m.first = m.trainPass(sents, gold, all, nil, opt, "first pass")
	m.w = m.trainPass(sents, gold, all, first, opt, "second pass")
	return m, nil
}

func (m *Tagger) prepareSentence(s *scratch, words []corpus.Word) {
	s.words = s.words[:0]
	for i := range words {
		s.words = append(s.words, word{})
		m.prepare(&s.words[i], words[i].Form, i == 0)
	}
}

// trainPass trains one greedy pass on the sentences idx, with the first
// pass's tags when given.
func (m *Tagger) trainPass(sents []corpus.Sentence, gold [][]int, idx []int, first [][]int, opt TrainOptions, name string) *weights {
	runs := max(opt.Runs, 1)
	if runs == 1 {
		return m.trainRun(sents, gold, idx, first, opt, name).average(opt.Prune)
	}
	sum := map[uint64][]float32{}
	for r := 0; r < runs; r++ {
		o := opt
		o.Seed = opt.Seed + uint64(r)
		m.trainRun(sents, gold, idx, first, o, fmt.Sprintf("%s, run %d", name, r+1)).addAverage(sum, 1/float64(runs))
	}
	w := sparseFrom(len(m.classes), sum, opt.Prune)
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "pos: %s: %d runs averaged: kept %d feature rows\n", name, runs, w.Features())
	}
	return w
}

// trainRun trains one model with one seed.
func (m *Tagger) trainRun(sents []corpus.Sentence, gold [][]int, idx []int, first [][]int, opt TrainOptions, name string) *trainer {
	tr := newTrainer(len(m.classes))
	order := slices.Clone(idx)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	s := &scratch{scores: make([]float32, len(m.classes))}
	for it := 0; it < opt.Iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			m.prepareSentence(s, sents[si].Words)
			p1, p2 := noTag, noTag
			for i := range s.words {
				g := gold[si][i]
				c := s.words[i].dict
				if c < 0 {
					s.feats = features(s.feats[:0], s.words, i, p1, p2, len(m.wc))
					if first != nil {
						s.feats = stackFeatures(s.feats, s.words, first[si], i, p1)
					}
					tr.scores(s.feats, s.scores)
					c = argmaxIn(s.scores, s.words[i].allow)
					tr.update(s.feats, g, c)
					tr.step++
				}
				if c == g {
					right++
				}
				total++
				// The history is the model's own guesses, as at inference.
				p2, p1 = p1, c
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "pos: %s: iteration %d: train accuracy %.2f%% (%d features)\n", name, it+1, 100*float64(right)/float64(max(total, 1)), len(tr.rows))
		}
	}
	return tr
}

// buildLexicon sets the classes, feature table, ambiguity classes and tag
// dictionary from the gold data, and returns each word's gold class.
func (m *Tagger) buildLexicon(sents []corpus.Sentence) ([][]int, error) {
	type pair struct{ upos, xpos string }
	count := map[pair]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			count[pair{w.UPOS, w.XPOS}]++
		}
	}
	// Every XPOS keeps at least its most frequent UPOS.
	topOfXPOS := map[string]pair{}
	for p, n := range count {
		q, ok := topOfXPOS[p.xpos]
		if !ok || n > count[q] || n == count[q] && p.upos < q.upos {
			topOfXPOS[p.xpos] = p
		}
	}
	var pairs []pair
	for p, n := range count {
		if (n >= minClassCount || topOfXPOS[p.xpos] == p) && p.upos != "_" && p.upos != "" {
			pairs = append(pairs, p)
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("pos: no tagged words in the training data")
	}
	if len(pairs) > 255 {
		return nil, fmt.Errorf("pos: %d tag pairs, at most 255 supported", len(pairs))
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.upos, b.upos), cmp.Compare(a.xpos, b.xpos))
	})
	index := map[pair]int{}
	for i, p := range pairs {
		index[p] = i
		m.classes = append(m.classes, Class{UPOS: p.upos, XPOS: p.xpos})
	}
	// A rare pair is trained as the most frequent class with its XPOS,
	// else with its UPOS, else the most frequent class.
	classOf := func(p pair) int {
		if c, ok := index[p]; ok {
			return c
		}
		for i, q := range pairs {
			if q.xpos == p.xpos {
				return i
			}
		}
		for i, q := range pairs {
			if q.upos == p.upos {
				return i
			}
		}
		return 0
	}

	gold := make([][]int, len(sents))
	classFeats := make([]map[string]int, len(m.classes))
	wordFeats := map[featKey]map[string]int{}
	lowerTags := map[string]map[int]int{}
	formTags := map[string]map[int]int{}
	for si, s := range sents {
		gold[si] = make([]int, len(s.Words))
		for i, w := range s.Words {
			c := classOf(pair{w.UPOS, w.XPOS})
			gold[si][i] = c
			lw := strings.ToLower(w.Form)
			f := w.Feats
			if f == "_" {
				f = ""
			}
			inc(&classFeats[c], f)
			k := featKey{lw, uint8(c)}
			if wordFeats[k] == nil {
				wordFeats[k] = map[string]int{}
			}
			wordFeats[k][f]++
			incTag(lowerTags, lw, c)
			incTag(formTags, w.Form, c)
		}
	}
	for c := range m.classes {
		m.classes[c].Feats = top(classFeats[c])
	}
	m.feats = map[featKey]string{}
	for k, fs := range wordFeats {
		if f := top(fs); f != m.classes[k.cls].Feats {
			m.feats[k] = f
		}
	}

	// Ambiguity classes: the set of tags a word takes, interned.
	m.amb = map[string]uint16{}
	ambIDs := map[string]uint16{}
	for _, w := range sortedKeys(lowerTags) {
		tags := lowerTags[w]
		total := 0
		for _, n := range tags {
			total += n
		}
		if total < minAmbCount {
			continue
		}
		var set []int
		for c, n := range tags {
			if float64(n) >= ambShare*float64(total) {
				set = append(set, c)
			}
		}
		sort.Ints(set)
		sig := fmt.Sprint(set)
		id, ok := ambIDs[sig]
		if !ok {
			if len(ambIDs) >= 0xffff {
				continue
			}
			id = uint16(len(ambIDs))
			ambIDs[sig] = id
		}
		m.amb[w] = id
	}
	// The tag dictionary: frequent words that (nearly) always take one tag.
	m.dict = map[string]uint8{}
	for w, tags := range formTags {
		total, best, bn := 0, 0, -1
		for c, n := range tags {
			total += n
			if n > bn || n == bn && c < best {
				best, bn = c, n
			}
		}
		if total >= dictCount && float64(bn) >= dictShare*float64(total) {
			m.dict[w] = uint8(best)
		}
	}
	m.allow = map[string]uint16{}
	setIDs := map[string]uint16{}
	for _, w := range sortedKeys(formTags) {
		tags := formTags[w]
		total := 0
		var set []uint8
		for c, n := range tags {
			total += n
			set = append(set, uint8(c))
		}
		if total < allowCount || len(set) == 1 && m.dict[w] == set[0] {
			continue
		}
		slices.Sort(set)
		sig := string(set)
		id, ok := setIDs[sig]
		if !ok {
			id = uint16(len(m.allowSets))
			setIDs[sig] = id
			m.allowSets = append(m.allowSets, set)
		}
		m.allow[w] = id
	}
	return gold, nil
}

func inc(m *map[string]int, k string) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[k]++
}

func incTag(m map[string]map[int]int, w string, c int) {
	if m[w] == nil {
		m[w] = map[int]int{}
	}
	m[w][c]++
}

// top returns the most frequent key, the smallest on ties.
func top(m map[string]int) string {
	best, bn := "", -1
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortFeatKeys(ks []featKey) {
	slices.SortFunc(ks, func(a, b featKey) int {
		return cmp.Or(cmp.Compare(a.word, b.word), cmp.Compare(a.cls, b.cls))
	})
}
