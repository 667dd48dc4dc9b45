package tokenize

import (
	"os"
	"testing"

	"sitrep"
	"sitrep/corpus"
	"sitrep/internal/shareddata"
)

// spanCounts scores spans by exact match, as eval.TokenScore does; the test
// keeps its own few lines so that it depends on no other package of the
// project's scoring.
type spanCounts struct{ gold, pred, match int }

func (c *spanCounts) add(gold, pred map[[2]int]int) {
	for sp, n := range gold {
		c.gold += n
		c.match += min(n, pred[sp])
	}
	for _, n := range pred {
		c.pred += n
	}
}

func (c *spanCounts) f1() float64 {
	if c.gold+c.pred == 0 {
		return 0
	}
	return 2 * float64(c.match) / float64(c.gold+c.pred)
}

func tokenSpans(toks []sitrep.Token) map[[2]int]int {
	m := make(map[[2]int]int, len(toks))
	for _, t := range toks {
		m[[2]int{t.Start, t.End}]++
	}
	return m
}

func sentenceSpans(sents []sitrep.Sentence) map[[2]int]int {
	m := make(map[[2]int]int, len(sents))
	for _, s := range sents {
		m[[2]int{s.Start, s.End}]++
	}
	return m
}

// TestGoldScores keeps the scores recorded in docs/tokenizer.md from
// slipping: token and sentence F1 on GUM news dev and EWT dev, whose texts
// are rebuilt with sentences joined by one space as `sitrep eval tokenize`
// does.
func TestGoldScores(t *testing.T) {
	if testing.Short() {
		t.Skip("gold-data test skipped with -short")
	}
	for _, tc := range []struct {
		file          string
		minTok, minSt float64
	}{
		{"data/gum-news/news_only.dev.conllu", 0.995, 0.97},
		{"data/ud-english-ewt/en_ewt-ud-dev.conllu", 0.992, 0.70},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := shareddata.Need(t, tc.file)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sents, err := corpus.ReadCoNLLU(f)
			if err != nil {
				t.Fatal(err)
			}
			tk := New()
			var tokens, sentences spanCounts
			for _, gold := range corpus.Documents(sents, " ", false) {
				ps, pt := tk.Split(gold.Text)
				tokens.add(tokenSpans(gold.Tokens), tokenSpans(pt))
				sentences.add(sentenceSpans(gold.Sentences), sentenceSpans(ps))
			}
			if f1 := tokens.f1(); f1 < tc.minTok {
				t.Errorf("token F1 %.4f, want at least %.4f", f1, tc.minTok)
			}
			if f1 := sentences.f1(); f1 < tc.minSt {
				t.Errorf("sentence F1 %.4f, want at least %.4f", f1, tc.minSt)
			}
		})
	}
}
