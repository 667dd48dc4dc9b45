package eval

import (
	"testing"

	"sitrep"
)

func TestTokenScore(t *testing.T) {
	text := "I can't go."
	gold := &sitrep.Document{Text: text,
		Tokens:    []sitrep.Token{{Start: 0, End: 1}, {Start: 2, End: 4}, {Start: 4, End: 7}, {Start: 8, End: 10}, {Start: 10, End: 11}},
		Sentences: []sitrep.Sentence{{Start: 0, End: 11}},
	}
	for _, tc := range []struct {
		name      string
		toks      [][2]int
		sents     [][2]int
		tok, sent Counts
	}{
		{"exact", [][2]int{{0, 1}, {2, 4}, {4, 7}, {8, 10}, {10, 11}}, [][2]int{{0, 11}}, Counts{TP: 5}, Counts{TP: 1}},
		{"unsplit clitic", [][2]int{{0, 1}, {2, 7}, {8, 10}, {10, 11}}, [][2]int{{0, 11}}, Counts{TP: 3, FP: 1, FN: 2}, Counts{TP: 1}},
		{"extra sentence", [][2]int{{0, 1}, {2, 4}, {4, 7}, {8, 10}, {10, 11}}, [][2]int{{0, 7}, {8, 11}}, Counts{TP: 5}, Counts{FP: 2, FN: 1}},
		{"nothing", nil, nil, Counts{FN: 5}, Counts{FN: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pred := &sitrep.Document{Text: text}
			for _, x := range tc.toks {
				pred.Tokens = append(pred.Tokens, sitrep.Token{Start: x[0], End: x[1]})
			}
			for _, x := range tc.sents {
				pred.Sentences = append(pred.Sentences, sitrep.Sentence{Start: x[0], End: x[1]})
			}
			var s TokenScore
			if err := s.Add(gold, pred); err != nil {
				t.Fatal(err)
			}
			if s.Tokens != tc.tok || s.Sentences != tc.sent {
				t.Errorf("got tokens %+v sentences %+v, want %+v %+v", s.Tokens, s.Sentences, tc.tok, tc.sent)
			}
		})
	}
	var s TokenScore
	if err := s.Add(gold, &sitrep.Document{Text: "other"}); err == nil {
		t.Error("no error for documents with different texts")
	}
}

func TestTokenMismatches(t *testing.T) {
	text := "I can't go."
	gold := &sitrep.Document{Text: text, Tokens: []sitrep.Token{{Start: 0, End: 1}, {Start: 2, End: 4}, {Start: 4, End: 7}, {Start: 8, End: 10}, {Start: 10, End: 11}}}
	pred := &sitrep.Document{Text: text, Tokens: []sitrep.Token{{Start: 0, End: 1}, {Start: 2, End: 7}, {Start: 8, End: 11}}}
	got := TokenMismatches(gold, pred)
	if len(got) != 2 {
		t.Fatalf("got %d mismatches, want 2: %+v", len(got), got)
	}
	if m := got[0]; m.Start != 2 || m.End != 7 || len(m.Gold) != 2 || len(m.Pred) != 1 || m.Gold[1] != "n't" {
		t.Errorf("first mismatch %+v", m)
	}
	if m := got[1]; m.Start != 8 || m.End != 11 || len(m.Gold) != 2 || m.Pred[0] != "go." {
		t.Errorf("second mismatch %+v", m)
	}
}
