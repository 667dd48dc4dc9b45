package ner

import (
	"fmt"
	"io"
	"math/rand"
	"strings"
	"time"

	"sitrep/corpus"
	"sitrep/internal/perceptron"
)

// TrainOptions control training.
type TrainOptions struct {
	Iters int
	Seed  int64
	Log   io.Writer // progress, one line per iteration; nil for none
}

// CommonWords returns the lowercase words seen at least min times in
// lowercase in sents: the words a gazetteer should not list alone.
func CommonWords(sents []corpus.IOB2Sentence, min int) map[string]bool {
	n := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Tokens {
			if w == strings.ToLower(w) {
				n[w]++
			}
		}
	}
	out := map[string]bool{}
	for w, c := range n {
		if c >= min {
			out[w] = true
		}
	}
	return out
}

// Train learns a recogniser from IOB2 sentences. base holds the lists
// from outside the training data; the entities of the training data are
// added to it. Within training, a sentence sees only the entities of the
// other half of the documents (two-fold jackknife), so that the model
// does not learn to trust a list that always contains the answer.
func Train(sents []corpus.IOB2Sentence, base *Gazetteer, opt TrainOptions) (*Recognizer, error) {
	if opt.Iters < 1 {
		return nil, fmt.Errorf("ner: iterations must be at least 1, got %d", opt.Iters)
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	fold := make([]int, len(sents))
	doc := 0
	for i := range sents {
		for _, c := range sents[i].Comments {
			if strings.HasPrefix(c, "newdoc") {
				doc++
			}
		}
		fold[i] = doc % 2
	}
	full := base.clone()
	folds := [2]*Gazetteer{base.clone(), base.clone()}
	gold := make([][]int, len(sents))
	for i := range sents {
		s := &sents[i]
		var spans []tokenSpan
		for _, sp := range s.Spans() {
			t := typeIndex(sp.Label)
			if t < 0 {
				return nil, fmt.Errorf("ner: line %d: unknown entity type %q", s.Line, sp.Label)
			}
			spans = append(spans, tokenSpan{sp.Start, sp.End, t})
			toks := s.Tokens[sp.Start:sp.End]
			for _, g := range []*Gazetteer{full, folds[1-fold[i]]} {
				g.add(toks, catTrainPER+t)
				if t == 0 && len(toks) > 1 && isNameLike(toks[0]) {
					g.add(toks[:1], catFirstName)
				}
			}
		}
		gold[i] = bilou(len(s.Tokens), spans)
	}

	r := newRecognizer(perceptron.New(nClasses), full)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	sc := r.pool.Get().(*scratch)
	for it := 1; it <= opt.Iters; it++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		correct, total := 0, 0
		for _, i := range order {
			r.gaz = folds[fold[i]]
			cls := r.decode(sc, sents[i].Tokens, gold[i])
			for j, c := range cls {
				if c == gold[i][j] {
					correct++
				}
			}
			total += len(cls)
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "iteration %d: train token accuracy %.2f%% (%s)\n", it, 100*float64(correct)/float64(total), time.Since(t0).Round(time.Millisecond))
		}
	}
	r.gaz = full
	r.model.Average()
	return r, nil
}
