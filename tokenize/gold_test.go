package tokenize

import (
	"os"
	"testing"

	"sitrep"
	"sitrep/corpus"
	"sitrep/eval"
	"sitrep/internal/shareddata"
)

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
			var score eval.TokenScore
			for _, gold := range corpus.Documents(sents, " ", false) {
				pred := &sitrep.Document{ID: gold.ID, Text: gold.Text}
				pred.Sentences, pred.Tokens = tk.Split(gold.Text)
				if err := score.Add(gold, pred); err != nil {
					t.Fatal(err)
				}
			}
			if f1 := score.Tokens.F1(); f1 < tc.minTok {
				t.Errorf("token F1 %.4f, want at least %.4f", f1, tc.minTok)
			}
			if f1 := score.Sentences.F1(); f1 < tc.minSt {
				t.Errorf("sentence F1 %.4f, want at least %.4f", f1, tc.minSt)
			}
		})
	}
}
