package parse

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"sitrep"
	"sitrep/internal/perceptron"
)

// TrainOptions control Train.
type TrainOptions struct {
	Iters int
	Seed  uint64
	// Explore is the probability of following the model's own (possibly
	// wrong) move rather than the oracle's after the first iteration, so
	// that the parser learns to recover from its mistakes.
	Explore float64
	// Prune drops feature rows whose averaged weights all lie below it.
	Prune float32
	// Beam is the beam width; above 1 the parser is trained with beam
	// search and early update, on projective sentences only.
	Beam int
	// Dev, when set, is parsed after each iteration (with the averaged
	// weights so far) and scored on Log. It must carry gold trees.
	Dev []*sitrep.Document
	// WordClasses maps lowercased words to classes learnt from unlabeled
	// text (internal/wordclass); nil trains without class features.
	WordClasses map[string]uint16
	// Runs, above 1, trains that many models with seeds Seed, Seed+1, …
	// and ships the mean of their averaged weights: runs over different
	// shuffles make different mistakes, and their mean costs nothing at
	// parse time.
	Runs int
	Log  io.Writer
}

// example is one training sentence with its gold tree.
type example struct {
	x      sentence
	heads  []int // gold head of each word, n for the root
	labels []int
	oracle []int // the static oracle's moves; nil for non-projective trees
}

// Train learns a parser from documents with gold tags and trees. Tags are
// taken as they are, so to train on predicted tags, replace them first.
func Train(docs []*sitrep.Document, opt TrainOptions) (*Parser, error) {
	if opt.Iters <= 0 {
		return nil, errors.New("parse: train: iterations must be positive")
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	// Labels in order of first sight would depend on the input order;
	// sort them so that the class numbering is stable.
	seen := map[string]bool{"root": true}
	for _, d := range docs {
		for _, t := range d.Tokens {
			if t.Deprel != "" {
				seen[t.Deprel] = true
			}
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	p := &Parser{labels: labels, root: index["root"], beam: max(opt.Beam, 1)}
	p.setWordClasses(opt.WordClasses)
	var exs []*example
	for _, d := range docs {
		for si := range d.Sentences {
			from, to := d.SentenceTokens(si)
			if ex := makeExample(d, from, to, index, p.wc); ex != nil {
				exs = append(exs, ex)
			}
		}
	}
	if len(exs) == 0 {
		return nil, errors.New("parse: train: no sentence with a complete gold tree")
	}
	runs := max(opt.Runs, 1)
	order := slices.Clone(exs)
	var allMoves, allLabels []*perceptron.Model
	for r := range runs {
		// Each run starts from the input order, so that a run's model
		// depends only on its seed.
		copy(exs, order)
		o := opt
		o.Seed = opt.Seed + uint64(r)
		if runs > 1 {
			fmt.Fprintf(opt.Log, "run %d of %d, seed %d\n", r+1, runs, o.Seed)
		}
		moves, labeler, err := p.trainRun(exs, labels, o)
		if err != nil {
			return nil, err
		}
		allMoves, allLabels = append(allMoves, moves), append(allLabels, labeler)
	}
	moves, labeler := allMoves[0], allLabels[0]
	if runs > 1 {
		var err error
		if moves, err = perceptron.Mean(allMoves...); err != nil {
			return nil, err
		}
		if labeler, err = perceptron.Mean(allLabels...); err != nil {
			return nil, err
		}
	}
	cm, err := moves.Compact(opt.Prune)
	if err != nil {
		return nil, err
	}
	cl, err := labeler.Compact(opt.Prune)
	if err != nil {
		return nil, err
	}
	p.moves, p.labeler = cm, cl
	return p, nil
}

// trainRun trains one model with opt.Seed and returns its averaged move
// and label weights.
func (p *Parser) trainRun(exs []*example, labels []string, opt TrainOptions) (*perceptron.Model, *perceptron.Model, error) {
	moves, labeler := perceptron.New(nMoves), perceptron.New(len(labels))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	wk := &work{s: newState(0), scores: make([]float32, max(nMoves, len(labels)))}
	var lfeats []uint64
	for it := 1; it <= opt.Iters; it++ {
		start := time.Now()
		p.moves, p.labeler = moves, labeler
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		var steps, wrong, arcs, wrongLabels int
		for _, ex := range exs {
			if p.beam > 1 {
				if ex.oracle == nil {
					continue
				}
				steps++
				if !p.trainBeam(wk, ex, moves, labeler) {
					wrong++
				}
				continue
			}
			wk.x = ex.x
			s := wk.s
			s.reset(ex.x.len())
			for !s.terminal() {
				wk.feats = moveFeatures(s, &wk.x, wk.feats[:0])
				sc := wk.scores[:nMoves]
				clear(sc)
				moves.Scores(wk.feats, sc)
				guess := bestMove(s, sc)
				// The best-scoring move among those that lose the fewest
				// gold arcs.
				var costs [nMoves]int
				gold, minCost := none, 1<<30
				for m := 0; m < nMoves; m++ {
					if !s.valid(m) {
						continue
					}
					costs[m] = s.cost(m, ex.heads)
					if costs[m] < minCost || (costs[m] == minCost && sc[m] > sc[gold]) {
						gold, minCost = m, costs[m]
					}
				}
				steps++
				next := gold
				if costs[guess] > minCost {
					wrong++
					moves.Update(wk.feats, gold, guess, 1)
					if it > 1 && rng.Float64() < opt.Explore {
						next = guess
					}
				}
				moves.Tick()
				h, d := s.apply(next)
				if d == none {
					continue
				}
				if h == s.n {
					s.setLabel(d, p.root)
					continue
				}
				lfeats = labelFeatures(s, &wk.x, h, d, lfeats[:0])
				lsc := wk.scores[:len(labels)]
				clear(lsc)
				labeler.Scores(lfeats, lsc)
				lg := perceptron.Best(lsc, func(l int) bool { return l != p.root })
				if h == ex.heads[d] {
					arcs++
					if lg != ex.labels[d] {
						wrongLabels++
						labeler.Update(lfeats, ex.labels[d], lg, 1)
					}
					labeler.Tick()
				}
				s.setLabel(d, lg)
			}
		}
		unit := "move"
		if p.beam > 1 {
			unit = "sentence"
		}
		fmt.Fprintf(opt.Log, "iter %d: %s errors %.2f%%, label errors %.2f%% (%d move features, %d label features) in %s\n",
			it, unit, 100*float64(wrong)/float64(steps), 100*float64(wrongLabels)/float64(max(arcs, 1)),
			moves.Features(), labeler.Features(), time.Since(start).Round(time.Second))
		if len(opt.Dev) > 0 && it < opt.Iters {
			// Score a copy of the averaged weights; training goes on with
			// the live ones.
			snap, err := snapshot(p, moves, labeler, opt.Prune)
			if err != nil {
				return nil, nil, err
			}
			sc := Evaluate(snap, opt.Dev)
			fmt.Fprintf(opt.Log, "iter %d: dev %s\n", it, sc)
		}
	}
	moves.Average()
	labeler.Average()
	return moves, labeler, nil
}

// snapshot returns a parser with the averages of the live models, leaving
// them trainable, by averaging copies. It has p's word classes, so that
// the dev scores logged are those of the model being trained.
func snapshot(p *Parser, moves, labeler *perceptron.Model, prune float32) (*Parser, error) {
	m, l := moves.Clone(), labeler.Clone()
	m.Average()
	l.Average()
	cm, err := m.Compact(prune)
	if err != nil {
		return nil, err
	}
	cl, err := l.Compact(prune)
	if err != nil {
		return nil, err
	}
	return &Parser{labels: p.labels, root: p.root, beam: p.beam, moves: cm, labeler: cl, wc: p.wc, words: p.words}, nil
}

// makeExample returns the sentence of tokens [from, to) of d with its gold
// tree, or nil when the tree is incomplete or points outside the sentence.
func makeExample(d *sitrep.Document, from, to int, index map[string]int, wc map[uint64]uint16) *example {
	n := to - from
	if n == 0 {
		return nil
	}
	// heads[n], the root's, is none, so that the oracle can look it up.
	ex := &example{heads: make([]int, n+1), labels: make([]int, n)}
	ex.heads[n] = none
	roots := 0
	for i := from; i < to; i++ {
		t := &d.Tokens[i]
		l, ok := index[t.Deprel]
		if !ok {
			return nil
		}
		ex.labels[i-from] = l
		switch {
		case t.Head == -1:
			ex.heads[i-from] = n
			roots++
		case t.Head >= from && t.Head < to && t.Head != i:
			ex.heads[i-from] = t.Head - from
		default:
			return nil
		}
	}
	if roots != 1 {
		return nil
	}
	ex.x.load(d, from, to, wc)
	ex.oracle = staticOracle(ex.heads)
	return ex
}

// trainBeam parses ex with the beam and makes a max-violation update
// (Huang, Fayong & Guo 2012): at the step where the best hypothesis
// outscores the gold prefix by most, the gold prefix is rewarded and the
// best hypothesis's penalised. It reports whether the gold sequence won.
// The labeler is then trained along the gold sequence.
func (p *Parser) trainBeam(wk *work, ex *example, moves, labeler *perceptron.Model) bool {
	wk.x = ex.x
	wk.startBeam(p.beam)
	if wk.gold == nil {
		wk.gold, wk.replay = newState(0), newState(0)
	}
	gs := wk.gold
	gs.reset(ex.x.len())
	var goldScore float32
	maxV, at := float32(-1), none
	var worstMoves, worstLabels []int
	for t, gm := range ex.oracle {
		// The gold sequence's score, followed outside the beam.
		wk.feats = moveFeatures(gs, &wk.x, wk.feats[:0])
		sc := wk.scores[:nMoves]
		clear(sc)
		p.moves.Scores(wk.feats, sc)
		goldScore += sc[gm]
		if h, d := gs.apply(gm); d != none {
			gs.setLabel(d, p.predictLabel(wk, gs, h, d))
		}

		p.expand(wk, p.beam, gm)
		moves.Tick()
		if b := &wk.beam[0]; !b.gold {
			if v := b.score - goldScore; v >= 0 && v > maxV {
				maxV, at = v, t
				worstMoves = append(worstMoves[:0], b.moves...)
				worstLabels = append(worstLabels[:0], b.s.label...)
			}
		}
	}
	won := at == none
	if !won {
		gl := append([]int(nil), gs.label...)
		wk.feats = replay(wk.replay, &wk.x, ex.oracle[:at+1], gl, wk.feats, func(f []uint64, m int) { moves.Add(f, m, 1) })
		wk.feats = replay(wk.replay, &wk.x, worstMoves, worstLabels, wk.feats, func(f []uint64, m int) { moves.Add(f, m, -1) })
	}
	p.trainLabels(wk, ex, labeler)
	return won
}

// trainLabels walks the gold moves of ex, training the labeler on each arc
// and labelling as it predicts.
func (p *Parser) trainLabels(wk *work, ex *example, labeler *perceptron.Model) {
	s := wk.gold
	s.reset(ex.x.len())
	for _, m := range ex.oracle {
		h, d := s.apply(m)
		if d == none {
			continue
		}
		if h == s.n {
			s.setLabel(d, p.root)
			continue
		}
		wk.feats = labelFeatures(s, &wk.x, h, d, wk.feats[:0])
		lsc := wk.scores[:len(p.labels)]
		clear(lsc)
		labeler.Scores(wk.feats, lsc)
		guess := perceptron.Best(lsc, func(l int) bool { return l != p.root })
		labeler.Update(wk.feats, ex.labels[d], guess, 1)
		labeler.Tick()
		s.setLabel(d, guess)
	}
}
