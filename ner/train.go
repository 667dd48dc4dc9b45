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
	// Runs is how many models to train, with the seeds Seed, Seed+1, …,
	// whose weights are then averaged (1 or 0: one model).
	Runs int
	Log  io.Writer // progress, one line per iteration; nil for none
}

// CommonWords returns the words seen at least min times in lowercase in
// sents: the words a gazetteer should not list alone.
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

// Train learns a recogniser from IOB2 sentences, with the gazetteer g
// built beforehand (BuildGazetteer). The entities of the training data
// are deliberately not added to the gazetteer: even listed two-fold
// (each half seeing the other half's entities) they lowered dev F1, as
// the model learnt to lean on a list that at test time lacks most names.
func Train(sents []corpus.IOB2Sentence, g *Gazetteer, opt TrainOptions) (*Recognizer, error) {
	if opt.Iters < 1 {
		return nil, fmt.Errorf("ner: iterations must be at least 1, got %d", opt.Iters)
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
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
		}
		gold[i] = bilou(len(s.Tokens), spans)
	}
	// Document context, as Process builds it from a whole article.
	ctx := make([]*docContext, len(sents))
	for from := 0; from < len(sents); {
		to := from + 1
		for to < len(sents) && !isNewdoc(&sents[to]) {
			to++
		}
		dc := newDocContext()
		for i := from; i < to; i++ {
			dc.addSentence(sents[i].Tokens, nil)
			ctx[i] = dc
		}
		from = to
	}

	var models []*perceptron.Model
	for run := 0; run < max(opt.Runs, 1); run++ {
		r := newRecognizer(perceptron.New(nClasses), g)
		r.trainRun(sents, gold, ctx, opt.Iters, opt.Seed+int64(run), opt.Log)
		r.model.Average()
		models = append(models, r.model)
	}
	m := models[0]
	if len(models) > 1 {
		var err error
		if m, err = perceptron.Mean(models...); err != nil {
			return nil, err
		}
	}
	r := newRecognizer(m, g)
	if err := r.freeze(); err != nil {
		return nil, err
	}
	return r, nil
}

// trainRun runs the structured perceptron over the sentences, shuffled by
// seed, for iters passes.
func (r *Recognizer) trainRun(sents []corpus.IOB2Sentence, gold [][]int, ctx []*docContext, iters int, seed int64, log io.Writer) {
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	sc := r.pool.Get().(*scratch)
	for it := 1; it <= iters; it++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		correct, total := 0, 0
		for _, i := range order {
			cls := r.decode(sc, sents[i].Tokens, nil, ctx[i], gold[i])
			for j, c := range cls {
				if c == gold[i][j] {
					correct++
				}
			}
			total += len(cls)
		}
		if log != nil {
			fmt.Fprintf(log, "seed %d iteration %d: train token accuracy %.2f%% (%s)\n", seed, it, 100*float64(correct)/float64(total), time.Since(t0).Round(time.Millisecond))
		}
	}
}

func isNewdoc(s *corpus.IOB2Sentence) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newdoc") {
			return true
		}
	}
	return false
}
